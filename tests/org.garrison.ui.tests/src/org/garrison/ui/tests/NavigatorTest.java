package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.store.StoreSession;
import org.garrison.testing.ui.NavigatorDriver;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/**
 * The navigator shows every contributed area, here the test bundle's own: kinds of records with
 * their counts, groups from the database, records by name, and it reads afresh after a commit.
 */
class NavigatorTest {

    @Test
    void aTestBundlesAreaShowsItsRecordsGroupedAndCountedAndFollowsCommits() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000); // the test database outlives a run without clean
        commitDistrict("测试镇甲" + run, "孙测试", "赵测试");
        Tree tree = NavigatorDriver.tree();

        TreeItem area = NavigatorDriver.await(() -> NavigatorDriver.find(tree.getItems(), "测试领域"));
        assertThat(area).as("the test bundle's area").isNotNull();
        NavigatorDriver.expand(area);
        assertThat(NavigatorDriver.texts(area.getItems())).as("the bad contribution is left out, the good one counted").hasSize(1);
        TreeItem persons = area.getItems()[0];
        assertThat(persons.getText()).startsWith("测试人员 (");
        NavigatorDriver.expand(persons);
        TreeItem town = NavigatorDriver.find(persons.getItems(), "测试镇甲" + run + " (2)");
        assertThat(town).as("groups: " + NavigatorDriver.texts(persons.getItems())).isNotNull();
        NavigatorDriver.expand(town);
        assertThat(NavigatorDriver.texts(town.getItems())).containsExactly("孙测试", "赵测试");

        commitDistrict("测试镇乙" + run, "钱测试");
        TreeItem refreshed = NavigatorDriver.await(() -> {
            TreeItem a = NavigatorDriver.find(tree.getItems(), "测试领域");
            if (a == null) {
                return null;
            }
            NavigatorDriver.expand(a);
            NavigatorDriver.expand(a.getItems()[0]);
            return NavigatorDriver.find(a.getItems()[0].getItems(), "测试镇乙" + run + " (1)");
        });
        assertThat(refreshed).as("the navigator read the new commit").isNotNull();
    }

    @Test
    void theFilterBoxKeepsOnlyRecordsWhoseNameContainsTheText() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        commitDistrict("筛选镇" + run, "孙筛选" + run, "赵筛选" + run);
        Tree tree = NavigatorDriver.tree();
        // the filter box is above the tree (which shares its place with the first start's placeholder)
        org.eclipse.swt.widgets.Text filter = Arrays.stream(tree.getParent().getParent().getChildren()).filter(org.eclipse.swt.widgets.Text.class::isInstance)
                .map(org.eclipse.swt.widgets.Text.class::cast).findFirst().orElseThrow();
        assertThat(filter.getMessage()).isEqualTo("按名称筛选");
        try {
            filter.setText("孙筛选" + run);
            filter.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, null);
            TreeItem group = NavigatorDriver.await(() -> {
                TreeItem area = NavigatorDriver.find(tree.getItems(), "测试领域");
                if (area == null) {
                    return null;
                }
                NavigatorDriver.expand(area);
                TreeItem persons = area.getItems()[0];
                if (!persons.getText().equals("测试人员 (1)")) {
                    return null;
                }
                NavigatorDriver.expand(persons);
                return NavigatorDriver.find(persons.getItems(), "筛选镇" + run + " (1)");
            });
            assertThat(group).as("only the group holding the match, counted by the filter").isNotNull();
            NavigatorDriver.expand(group);
            assertThat(NavigatorDriver.texts(group.getItems())).containsExactly("孙筛选" + run);
        } finally {
            filter.setText("");
            filter.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, null);
            WorkbenchDriver.settle();
        }
    }

    @Test
    void aDeletionIsConfirmedUndoneRedoneAndSaved() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String town = "删除镇" + run;
        commitDistrict(town, "孙删除" + run, "赵删除" + run);
        Tree tree = NavigatorDriver.tree();
        java.util.function.Supplier<TreeItem> group = () -> {
            TreeItem area = NavigatorDriver.find(tree.getItems(), "测试领域");
            if (area == null) {
                return null;
            }
            NavigatorDriver.expand(area);
            NavigatorDriver.expand(area.getItems()[0]);
            TreeItem found = Arrays.stream(area.getItems()[0].getItems()).filter(item -> item.getText().startsWith(town + " (")).findFirst().orElse(null);
            if (found != null) {
                NavigatorDriver.expand(found);
            }
            return found;
        };
        TreeItem townItem = NavigatorDriver.await(group);
        TreeItem sun = NavigatorDriver.find(townItem.getItems(), "孙删除" + run);
        org.eclipse.jface.viewers.TreeViewer viewer = (org.eclipse.jface.viewers.TreeViewer) navigatorView().getViewSite().getSelectionProvider();
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(sun.getData()));
        WorkbenchDriver.settle();

        List<String> question = pressOkInNextDialog("删除记录");
        command("org.eclipse.ui.edit.delete");
        // Without a window manager nothing gives the workbench window back its activation after the dialog.
        navigatorView().getSite().getShell().forceActive();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(navigatorView());
        WorkbenchDriver.settle();
        assertThat(String.join("", question)).contains("孙删除" + run).contains("保存前可以撤销");
        assertThat(NavigatorDriver.texts(NavigatorDriver.await(group).getItems())).containsExactly("赵删除" + run);
        assertThat(((org.eclipse.ui.ISaveablePart) navigatorView()).isDirty()).isTrue();

        command("org.eclipse.ui.edit.undo");
        assertThat(NavigatorDriver.texts(NavigatorDriver.await(group).getItems())).containsExactly("孙删除" + run, "赵删除" + run);
        assertThat(((org.eclipse.ui.ISaveablePart) navigatorView()).isDirty()).isFalse();
        command("org.eclipse.ui.edit.redo");
        assertThat(NavigatorDriver.texts(NavigatorDriver.await(group).getItems())).containsExactly("赵删除" + run);

        ((org.eclipse.ui.ISaveablePart) navigatorView()).doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        WorkbenchDriver.settle();
        assertThat(((org.eclipse.ui.ISaveablePart) navigatorView()).isDirty()).isFalse();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            assertThat(session.count(org.garrison.store.query.Query.of(org.garrison.model.core.CorePackage.Literals.PERSON).where(
                    org.garrison.store.query.Condition.eq(org.garrison.model.core.CorePackage.Literals.PERSON__NAME, "孙删除" + run)))).isZero();
            assertThat(session.count(org.garrison.store.query.Query.of(org.garrison.model.core.CorePackage.Literals.PERSON).where(
                    org.garrison.store.query.Condition.eq(org.garrison.model.core.CorePackage.Literals.PERSON__NAME, "赵删除" + run)))).isEqualTo(1);
        }
    }

    private static IViewPart navigatorView() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(GarrisonUI.NAVIGATOR_VIEW_ID);
    }

    private static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(id, null);
        WorkbenchDriver.settle();
    }

    /** Presses OK in the next dialog titled so, once it is open, and gives the texts it showed. */
    private static List<String> pressOkInNextDialog(String title) {
        List<String> read = new java.util.ArrayList<>();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    collect(shell, read);
                    org.eclipse.swt.widgets.Button ok = okButton(shell);
                    ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
        return read;
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, List<String> into) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                into.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, into);
            }
        }
    }

    private static org.eclipse.swt.widgets.Button okButton(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().startsWith("确定")) {
                return button;
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Button found = okButton(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A kind contributed with no wizard of its own, only newIn="District.persons" in its plugin.xml (the test area's persons), has New:
     * Garrison's wizard, a field per attribute, Finish only once the model accepts the record, which goes into the first district.
     */
    @Test
    void aKindWithoutAWizardOfItsOwnHasNewAllTheSame() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        commitDistrict("新建镇" + run, "已有人" + run);
        Tree tree = NavigatorDriver.tree();
        TreeItem persons = NavigatorDriver.await(() -> {
            TreeItem area = NavigatorDriver.find(tree.getItems(), "测试领域");
            if (area == null) {
                return null;
            }
            NavigatorDriver.expand(area);
            return area.getItems().length == 0 ? null : area.getItems()[0];
        });
        org.eclipse.jface.viewers.TreeViewer viewer = (org.eclipse.jface.viewers.TreeViewer) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().findView(GarrisonUI.NAVIGATOR_VIEW_ID).getViewSite().getSelectionProvider();
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(persons.getData()), true);
        WorkbenchDriver.settle();
        org.garrison.internal.ui.navigator.NavigatorView view = (org.garrison.internal.ui.navigator.NavigatorView) PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().findView(GarrisonUI.NAVIGATOR_VIEW_ID);
        assertThat(view.selectedKind().canCreate()).as("New is offered").isTrue();

        org.eclipse.ui.INewWizard wizard = view.selectedKind().newWizard();
        wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (org.eclipse.jface.wizard.IWizard) wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertThat(dialog.getShell().getText()).isEqualTo("新建人员");
            assertThat(wizard.canFinish()).as("nothing typed yet").isFalse();
            String name = "新建的人" + run;
            String number = IdentityNumber.of("320102", java.time.LocalDate.of(1993, 3, 3), 700 + (int) (System.nanoTime() % 100) * 2 + 1);
            ((org.eclipse.swt.widgets.Text) org.garrison.testing.ui.WorkbenchDriver.named(dialog.getShell(), "name")).setText(name);
            ((org.eclipse.swt.widgets.Text) org.garrison.testing.ui.WorkbenchDriver.named(dialog.getShell(), "identityNumber")).setText(number);
            WorkbenchDriver.settle();
            assertThat(wizard.canFinish()).isTrue();
            assertThat(wizard.performFinish()).isTrue();
            try (StoreSession session = GarrisonUI.getStore().openSession()) {
                assertThat(session.list(org.garrison.store.query.Query.of(org.garrison.model.core.CorePackage.Literals.PERSON).where(
                        org.garrison.store.query.Condition.eq(org.garrison.store.query.FeaturePath.of(org.garrison.model.core.CorePackage.Literals.PERSON__NAME),
                                name)))).hasSize(1);
            }
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    /** groupUnder="town": the town's node holds the town's own people and a node per village, each counted. */
    @Test
    void villagesAreGatheredUnderTheirTown() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("分级测试区");
        district.setCode("320102");
        OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setName("分级镇" + run);
        town.setLevel(OrgUnitLevel.TOWN);
        town.setCode("320102" + (500 + ++sequence));
        OrgUnit village = CoreFactory.eINSTANCE.createOrgUnit();
        village.setName("分级村" + run);
        village.setLevel(OrgUnitLevel.VILLAGE);
        village.setCode(town.getCode() + "001");
        town.getChildren().add(village);
        district.getUnits().add(town);
        for (String[] person : new String[][] { { "镇上人", "town" }, { "村里甲", "village" }, { "村里乙", "village" } }) {
            Person p = CoreFactory.eINSTANCE.createPerson();
            p.setName(person[0] + run);
            p.setOrgUnit(person[1].equals("town") ? town : village);
            int n = ++sequence;
            p.setIdentityNumber(IdentityNumber.of("320102", java.time.LocalDate.of(1994, 1, 1).plusDays(n), n * 2 + 1));
            district.getPersons().add(p);
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.add(district);
            session.commit();
        }
        Tree tree = NavigatorDriver.tree();
        TreeItem townItem = NavigatorDriver.await(() -> {
            TreeItem area = NavigatorDriver.find(tree.getItems(), "测试分级");
            if (area == null) {
                return null;
            }
            NavigatorDriver.expand(area);
            NavigatorDriver.expand(area.getItems()[0]);
            return NavigatorDriver.find(area.getItems()[0].getItems(), "分级镇" + run + " (3)");
        });
        assertThat(townItem).as("the town gathers its own people and its village's").isNotNull();
        NavigatorDriver.expand(townItem);
        assertThat(NavigatorDriver.texts(townItem.getItems())).containsExactlyInAnyOrder("分级镇" + run + " (1)", "分级村" + run + " (2)");
        TreeItem villageItem = NavigatorDriver.find(townItem.getItems(), "分级村" + run + " (2)");
        NavigatorDriver.expand(villageItem);
        assertThat(NavigatorDriver.texts(villageItem.getItems())).containsExactlyInAnyOrder("村里甲" + run, "村里乙" + run);
    }

    private static void commitDistrict(String townName, String... names) throws Exception {
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName("导航测试区");
        district.setCode("320102");
        OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setName(townName);
        town.setLevel(OrgUnitLevel.TOWN);
        town.setCode("320102" + (100 + sequence));
        district.getUnits().add(town);
        for (String name : names) {
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName(name);
            person.setOrgUnit(town);
            int n = ++sequence;
            person.setIdentityNumber(IdentityNumber.of("320102", java.time.LocalDate.of(1995, 1, 1).plusDays(n), n * 2 + 1));
            district.getPersons().add(person);
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.add(district);
            try {
                session.commit();
            } catch (org.garrison.store.ValidationException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
    }

    private static int sequence;
}
