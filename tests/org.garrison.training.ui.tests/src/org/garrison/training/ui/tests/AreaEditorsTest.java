package org.garrison.training.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swtchart.ISeries;
import org.garrison.internal.training.TrainingCoverage;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.internal.training.TrainingStatistics;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.internal.training.ui.CoverageEditor;
import org.garrison.internal.training.ui.PlanEditor;
import org.garrison.internal.training.ui.ScheduleEditor;
import org.garrison.internal.training.ui.StatisticsEditor;
import org.garrison.internal.training.ui.TaskEditor;
import org.garrison.internal.training.ui.TrainingUi;
import org.garrison.model.core.Person;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The area's other editors on the sample district, each compared with what the records say: the menu
 * and its key, the schedule with a clash of instructors, coverage, statistics with their chart and
 * workbook, the plan copied to the next year, a task whose count follows its members.
 */
class AreaEditorsTest extends TrainingUiTest {

    @TempDir
    Path folder;

    @Test
    void theMenuOffersTheAreaAndCtrlShiftTOpensTheSchedule() throws Exception {
        MenuItem training = Arrays.stream(page().getWorkbenchWindow().getShell().getMenuBar().getItems())
                .filter(item -> item.getText().equals("军事训练(&T)")).findFirst().orElseThrow();
        Menu menu = training.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty()).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertThat(items).anySatisfy(text -> assertThat(text).startsWith("训练日程(&D)"))
                .contains("新建训练批次(&N)…", "年度训练计划(&P)", "训练覆盖(&C)", "训练情况统计(&S)");
        command("org.garrison.training.openSchedule");
        assertThat(page().getActiveEditor()).isInstanceOf(ScheduleEditor.class);
        command("org.garrison.training.openCoverage");
        assertThat(page().getActiveEditor()).isInstanceOf(CoverageEditor.class);
        command("org.garrison.training.openStatistics");
        assertThat(page().getActiveEditor()).isInstanceOf(StatisticsEditor.class);
    }

    @Test
    void theScheduleShowsTheYearAndFlagsTwoBatchesWithTheSameInstructor() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingLedger ledger = ledger(session);
            List<TrainingBatch> batches = TrainingLedgers.batches(ledger, YEAR);
            TrainingBatch first = batches.get(0);
            TrainingBatch clash = TrainingLedgers.batches(ledger, YEAR).stream().filter(batch -> batch != first
                    && batch.getInstructors().stream().anyMatch(first.getInstructors()::contains)).findFirst().orElseThrow();
            clash.setPlace("东山靶场");
            first.setPlace("区民兵训练基地");
            // the clashing batch moved to start on the first's last day
            long days = clash.getEndDate().toEpochDay() - clash.getStartDate().toEpochDay();
            clash.setStartDate(first.getEndDate());
            clash.setEndDate(first.getEndDate().plusDays(days));
            session.commit();
        }
        ScheduleEditor schedule = (ScheduleEditor) open(TrainingUi.SCHEDULE);
        choose(schedule.year(), YEAR);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingLedger ledger = ledger(session);
            long tasks = ledger.getTasks().stream().filter(task -> task.getStartDate().getYear() == YEAR).count();
            assertThat(schedule.timeline().rows()).hasSize((int) (TrainingLedgers.batches(ledger, YEAR).size() + tasks));
        }
        assertThat(schedule.clashes().getItems()).anySatisfy(text -> assertThat(text).contains("时间重叠，教练员").contains("同时在两个批次"));
    }

    @Test
    void coverageEqualsWhatTheDatabaseCounts() throws Exception {
        CoverageEditor editor = (CoverageEditor) open(TrainingUi.COVERAGE);
        choose(editor.year(), YEAR);
        LocalDate today = TrainingUi.today();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingCoverage expected = TrainingCoverage.compute(session, YEAR, today);
            assertThat(editor.towns().getTable().getItemCount()).isEqualTo(expected.towns().size());
            for (int i = 0; i < expected.towns().size(); i++) {
                TrainingCoverage.TownRow town = expected.towns().get(i);
                assertThat(editor.towns().getTable().getItem(i).getText(1)).isEqualTo(String.valueOf(town.core()));
                assertThat(editor.towns().getTable().getItem(i).getText(2)).isEqualTo(String.valueOf(town.trained()));
                assertThat(editor.towns().getTable().getItem(i).getText(3)).isEqualTo(TrainingTexts.share(town.share()));
            }
            assertThat(editor.untrained().getTable().getItemCount()).isEqualTo((int) (expected.core() - expected.trained()));
        }
    }

    @Test
    void statisticsEqualACountOfTheRecordsAndExport() throws Exception {
        StatisticsEditor editor = (StatisticsEditor) open(TrainingUi.STATISTICS);
        choose(editor.year(), YEAR);
        TrainingStatistics shown = editor.statistics();
        int places = 0;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            LocalDate asOf = shown.asOf();
            for (TrainingBatch batch : ledger(session).getBatches()) {
                if (batch.getEndDate().getYear() == YEAR && !batch.getEndDate().isAfter(asOf)) {
                    places += batch.getTrainees().size();
                }
            }
        }
        assertThat(shown.places()).isEqualTo(places).isPositive();
        ISeries<?>[] series = editor.chart().getSeriesSet().getSeries();
        assertThat(series).hasSize(1);
        double[] rates = series[0].getYSeries();
        assertThat(rates).hasSize(shown.subjects().size());
        for (int i = 0; i < rates.length; i++) {
            assertThat(rates[i]).isCloseTo(shown.subjects().get(i).passRate() * 100, org.assertj.core.data.Offset.offset(0.06));
        }
        Path file = folder.resolve("统计.xlsx");
        editor.export(file).join();
        List<String> lines = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> lines.add(String.join(",", cells)));
        assertThat(lines).contains("参训人次," + places);
    }

    @Test
    void thePlanIsCopiedToTheNextYearOnce() throws Exception {
        PlanEditor editor;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingLedger ledger = ledger(session);
            TrainingPlan next = TrainingLedgers.plan(ledger, YEAR + 1);
            if (next != null) { // left by an earlier run on the same test database
                ledger.getPlans().remove(next);
                session.commit();
            }
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingPlan plan = TrainingLedgers.plan(ledger(session), YEAR);
            editor = (PlanEditor) open(session, plan, TrainingUi.PLAN_EDITOR);
        }
        int subjects = editor.plan().getSubjects().size();
        assertThat(editor.delivery().getTable().getItemCount()).isEqualTo(subjects);
        TrainingPlan copy = editor.copyForNextYear(false);
        assertThat(copy.getYear()).isEqualTo(YEAR + 1);
        assertThat(editor.isDirty()).isTrue();
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.copyForNextYear(false)).as("the next year's plan exists now").isNull();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingPlan stored = TrainingLedgers.plan(ledger(session), YEAR + 1);
            assertThat(stored.getSubjects()).hasSize(subjects);
            assertThat(stored.getTitle()).contains(String.valueOf(YEAR + 1));
        }
    }

    @Test
    void aTasksCountFollowsItsMembersInOneCommand() throws Exception {
        TaskEditor editor;
        List<org.eclipse.emf.ecore.EObject> more;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            EmergencyTask task = ledger(session).getTasks().get(0);
            editor = (TaskEditor) open(session, task, TaskEditor.ID);
        }
        int before = editor.task().getParticipants().size();
        assertThat(editor.task().getMembersDispatched()).isEqualTo(before);
        // two members of another task of the sample, serving then
        more = new ArrayList<>();
        for (Person person : editor.ledger().getTasks().get(1).getParticipants()) {
            if (!editor.task().getParticipants().contains(person) && more.size() < 2) {
                more.add(person);
            }
        }
        editor.participants().add(more);
        settle();
        assertThat(editor.task().getMembersDispatched()).isEqualTo(before + more.size());
        command("org.eclipse.ui.edit.undo");
        assertThat(editor.task().getParticipants()).hasSize(before);
        assertThat(editor.task().getMembersDispatched()).as("one undo takes back the list and its count").isEqualTo(before);

        // a member who joined after the task began cannot have been dispatched: said, and Save refused
        MilitiaMember newcomer = editor.session().<MilitiaMember>list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                .where(Condition.compare(MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE, Condition.Operator.GREATER, editor.task().getStartDate()))
                .where(Condition.compare(MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE, Condition.Operator.LESS_OR_EQUAL, TrainingUi.today())))
                .get(0);
        editor.participants().add(List.of(newcomer.getPerson()));
        settle();
        assertThat(editor.problems()).anySatisfy(problem -> assertThat(problem).contains(newcomer.getPerson().getName()).contains("才入队"));
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<String> refused = org.garrison.testing.ui.WorkbenchDriver.answerDialog("无法保存");
        editor.doSave(monitor);
        assertThat(monitor.isCanceled()).isTrue();
        assertThat(refused).anySatisfy(text -> assertThat(text).contains("才入队"));
    }

    @Test
    void theNavigatorNamesLevelsAsStaffDo() throws Exception {
        var navigator = page().showView(GarrisonUI.NAVIGATOR_VIEW_ID);
        settle();
        org.eclipse.jface.viewers.TreeViewer viewer = (org.eclipse.jface.viewers.TreeViewer) navigator.getViewSite().getSelectionProvider();
        org.eclipse.swt.widgets.TreeItem area = item(viewer, viewer.getTree().getItems(), "军事训练");
        org.eclipse.swt.widgets.TreeItem instructors = item(viewer, area.getItems(), "教练员 (");
        List<String> levels = Arrays.stream(instructors.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
        assertThat(levels).anySatisfy(text -> assertThat(text).startsWith("区级 ("))
                .allSatisfy(text -> assertThat(text).doesNotContain("DISTRICT").doesNotContain("CITY"));
        org.eclipse.swt.widgets.TreeItem selections = item(viewer, area.getItems(), "教练员遴选 (");
        org.eclipse.swt.widgets.TreeItem year = item(viewer, selections.getItems(), YEAR + "年");
        expand(viewer, year);
        assertThat(year.getItems()).isNotEmpty().allSatisfy(selection -> assertThat(selection.getText()).endsWith("区级"));
    }

    /** The item whose text starts so, expanded (the viewer fills it). */
    private static org.eclipse.swt.widgets.TreeItem item(org.eclipse.jface.viewers.TreeViewer viewer, org.eclipse.swt.widgets.TreeItem[] items, String start) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (org.eclipse.swt.widgets.TreeItem item : items) {
                if (item.getText().startsWith(start)) {
                    expand(viewer, item);
                    return item;
                }
            }
            settle();
        }
        throw new AssertionError("no item " + start + " in " + Arrays.stream(items).map(org.eclipse.swt.widgets.TreeItem::getText).toList());
    }

    private static void expand(org.eclipse.jface.viewers.TreeViewer viewer, org.eclipse.swt.widgets.TreeItem item) {
        item.setExpanded(true);
        viewer.setExpandedState(item.getData(), true);
        settle();
    }

    private static void choose(Combo years, int year) {
        for (int i = 0; i < years.getItemCount(); i++) {
            if (years.getItem(i).startsWith(String.valueOf(year))) {
                years.select(i);
                years.notifyListeners(SWT.Selection, new Event());
                settle();
                return;
            }
        }
        throw new AssertionError("no year " + year + " in " + Arrays.toString(years.getItems()));
    }
}
