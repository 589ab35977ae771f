package org.garrison.study.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.garrison.internal.study.ui.session.NewSessionWizard;
import org.garrison.internal.study.ui.session.SessionEditor;
import org.garrison.internal.study.ui.session.StudyLogEditor;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/**
 * The area as staff meet it: the 政治学习(S) menu and its key, the study log of a year with every
 * session, and a new session from the wizard, stored with its group on the roll call and opened.
 */
class StudyAreaTest extends StudyUiTest {

    @Test
    void theMenuOffersTheAreasCommandsAndTheStudyLogHasItsKey() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem study = Arrays.stream(bar.getItems()).filter(item -> item.getText().equals("政治学习(&S)")).findFirst().orElseThrow();
        Menu menu = study.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty()).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("学习登记").containsPattern("(Ctrl\\+Shift|Shift\\+Ctrl)\\+Y"));
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("新建学习活动(&N)…"));
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("学习制度日历(&C)"));
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("读书情况"));
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("学习情况统计"));
        assertThat(items).anySatisfy(item -> assertThat(item).startsWith("打印学习记录本和考勤登记(&P)…"));
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertThat(Arrays.stream(bindings.getActiveBindingsFor("org.garrison.study.openStudyLog")).map(b -> b.format()))
                .anySatisfy(key -> assertThat(key).containsPattern("(Ctrl\\+Shift|Shift\\+Ctrl)\\+Y"));
    }

    @Test
    void theStudyLogShowsEverySessionOfTheYear() throws Exception {
        command("org.garrison.study.openStudyLog");
        StudyLogEditor log = (StudyLogEditor) page().getActiveEditor();
        log.year().select(log.year().indexOf(YEAR + "年"));
        log.year().notifyListeners(SWT.Selection, new Event());
        settle();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            long ofYear = ledger(reader).getSessions().stream().filter(s -> s.getDate().getYear() == YEAR).count();
            assertThat(log.table().shownRows()).hasSize((int) ofYear);
        }
        assertThat(log.table().shownRows()).isSortedAccordingTo(java.util.Comparator.comparing(row -> ((StudySession) row).getDate()));
    }

    @Test
    void aNewSessionIsStoredWithItsGroupOnTheRollCallAndOpened() throws Exception {
        NewSessionWizard wizard = new NewSessionWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        NewSessionWizard.SessionPage page = wizard.page();
        page.dateText().setText(LocalDate.now().toString());
        page.regimeCombo().select(page.regimeCombo().indexOf("周五党日"));
        page.regimeCombo().notifyListeners(SWT.Selection, new Event());
        settle();
        assertThat(page.topicText().getText()).as("the regime's name as the topic").isEqualTo("周五党日");
        assertThat(page.groupCombo().getText()).as("the regime's group").isEqualTo("人武部全体人员");
        page.topicText().setText("周五党日：学习新修订的纪律处分条例");
        assertThat(wizard.canFinish()).isTrue();
        assertThat(wizard.performFinish()).isTrue();
        dialog.close();
        settle();
        StudySession created = wizard.created();
        assertThat(page().getActiveEditor()).isInstanceOf(SessionEditor.class);
        SessionEditor editor = (SessionEditor) page().getActiveEditor();
        assertThat(editor.studySession().getTopic()).isEqualTo("周五党日：学习新修订的纪律处分条例");
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyLedger ledger = ledger(reader);
            StudySession stored = ledger.getSessions().stream().filter(s -> s.getTopic().equals(created.getTopic())).findFirst().orElseThrow();
            assertThat(stored.getDate()).isEqualTo(LocalDate.now());
            assertThat(stored.getRegime().getName()).isEqualTo("周五党日");
            assertThat(stored.getAttendees()).hasSize(stored.getGroup().getMembers().size());
        }
    }
}
