package org.garrison.example.education.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.garrison.example.education.EducationFigures;
import org.garrison.model.core.Record;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.testing.ui.NavigatorDriver;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 国防教育 in the workbench, by the SDK's rules only: its records are core Records with who made them, the
 * navigator names the area, the kind and its groups in Chinese, and New works with no wizard of the plug-in's.
 */
class EducationAreaTest {

    private static final EClass ACTIVITY = EducationFigures.activityClass();
    private static final java.util.Locale CHINESE = java.util.Locale.SIMPLIFIED_CHINESE;

    @AfterEach
    void closeEditors() {
        WorkbenchDriver.page().closeAllEditors(false);
    }

    @Test
    void anActivityIsACoreRecordWithItsAuditFieldsAndChineseNames() throws Exception {
        EObject lecture = activity("国防教育进校园讲座", "LECTURE", LocalDate.of(2026, 9, 20), 320);
        assertThat(lecture).isInstanceOf(Record.class);
        long id;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.add(lecture);
            session.commit();
            id = session.idOf(lecture).getAsLong();
        }
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            Record stored = (Record) reader.find(id);
            assertThat(stored.getCreatedBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(stored.getCreatedAt()).isNotNull();
            assertThat(stored.getChangedAt()).isNotNull();
        }
        EEnum kind = (EEnum) ACTIVITY.getEStructuralFeature("kind").getEType();
        assertThat(ModelLabels.of(ACTIVITY, CHINESE)).isEqualTo("国防教育活动");
        assertThat(ModelLabels.of(ACTIVITY.getEStructuralFeature("participants"), CHINESE)).isEqualTo("参加人数");
        assertThat(kind.getELiterals()).extracting(literal -> ModelLabels.of(literal, CHINESE))
                .containsExactly("国防教育讲座", "学生军训", "全民国防教育日活动", "国防教育展览");
    }

    @Test
    void theNavigatorShowsTheAreaAndNewStoresAnActivityWithoutAWizardOfItsOwn() throws Exception {
        String title = "高一新生军训" + System.nanoTime();
        TreeItem kind = NavigatorDriver.item("国防教育", "国防教育活动");
        NavigatorDriver.select(kind);
        WorkbenchDriver.whenOpened("新建国防教育活动", wizard -> {
            assertThat(WorkbenchDriver.labels(wizard)).contains("活动名称：", "活动类别：", "日期：", "参加人数：")
                    .doesNotContain("title：", "participants：");
            ((Text) WorkbenchDriver.named(wizard, "title")).setText(title);
            WorkbenchDriver.find((Composite) WorkbenchDriver.named(wizard, "date"), Text.class).setText("2026-08-25");
            org.eclipse.swt.widgets.Combo kinds = (org.eclipse.swt.widgets.Combo) WorkbenchDriver.named(wizard, "kind");
            kinds.select(List.of(kinds.getItems()).indexOf("学生军训"));
            kinds.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            WorkbenchDriver.settle();
            org.eclipse.swt.widgets.Button finish = WorkbenchDriver.button(wizard, "完成");
            assertThat(finish.isEnabled()).as("the wizard accepts the filled fields: " + WorkbenchDriver.labels(wizard)).isTrue();
            finish.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        WorkbenchDriver.command("org.garrison.ui.newRecord");
        WorkbenchDriver.waitUntil(() -> stored(title).size() == 1);
        EObject made = stored(title).get(0);
        assertThat(((Record) made).getCreatedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(made.eGet(ACTIVITY.getEStructuralFeature("date"))).isEqualTo(LocalDate.of(2026, 8, 25));

        // the kind's groups, named by the enumeration's labels, once the navigator has taken in the commit
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> groups = List.of();
        TreeItem training = null;
        while (training == null && System.currentTimeMillis() < deadline) {
            TreeItem activities = NavigatorDriver.item("国防教育", "国防教育活动");
            groups = NavigatorDriver.texts(activities.getItems());
            training = java.util.Arrays.stream(activities.getItems()).filter(group -> group.getText().startsWith("学生军训")).findFirst().orElse(null);
            WorkbenchDriver.settle();
        }
        assertThat(training).as("a group 学生军训 among " + groups).isNotNull();
        NavigatorDriver.expand(training);
        assertThat(NavigatorDriver.texts(training.getItems())).contains(title);
    }

    private static List<EObject> stored(String title) {
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            return reader.list(Query.of(ACTIVITY)).stream().filter(record -> title.equals(record.eGet(ACTIVITY.getEStructuralFeature("title")))).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static EObject activity(String title, String kind, LocalDate date, int participants) {
        EObject activity = EcoreUtil.create(ACTIVITY);
        EEnum kinds = (EEnum) ACTIVITY.getEStructuralFeature("kind").getEType();
        activity.eSet(ACTIVITY.getEStructuralFeature("title"), title);
        activity.eSet(ACTIVITY.getEStructuralFeature("kind"), kinds.getEEnumLiteral(kind).getInstance());
        activity.eSet(ACTIVITY.getEStructuralFeature("date"), date);
        activity.eSet(ACTIVITY.getEStructuralFeature("participants"), participants);
        return activity;
    }
}
