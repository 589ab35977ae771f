package org.garrison.study.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.internal.study.Occurrence;
import org.garrison.internal.study.OccurrenceState;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.regime.RegimeCalendarEditor;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.widgets.MarkState;
import org.junit.jupiter.api.Test;

/**
 * The weekly study's calendar: a Monday the sample skipped is red; recorded late it turns green,
 * and the month's compliance in the table equals a count made here from the sessions themselves
 * (each Monday of the month held when a session of the regime falls in its week by today).
 */
class RegimeCalendarEditorTest extends StudyUiTest {

    @Test
    void aMissedOccurrenceRecordedLateTurnsHeldAndTheMonthsComplianceEqualsAHandCount() throws Exception {
        // the week of the first Monday of June goes without its weekly study (a session deleted), so that one is missed
        try (StoreSession writer = GarrisonUI.getStore().openSession()) {
            LocalDate june = LocalDate.of(YEAR, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            StudyLedger stored = ledger(writer);
            java.util.List<StudySession> week = stored.getSessions().stream().filter(s -> s.getRegime() != null && s.getRegime().getName().equals("每周一学")
                    && !s.getDate().isBefore(june) && s.getDate().isBefore(june.plusWeeks(1))).toList();
            stored.getMakeUps().removeIf(makeUp -> week.contains(makeUp.getSession()));
            stored.getReflections().removeIf(reflection -> week.contains(reflection.getSession()));
            week.forEach(org.eclipse.emf.ecore.util.EcoreUtil::remove);
            writer.commit();
        }
        RegimeCalendarEditor editor;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyRegime weekly = ledger(reader).getRegimes().stream().filter(r -> r.getName().equals("每周一学")).findFirst().orElseThrow();
            editor = (RegimeCalendarEditor) open(reader, weekly, RegimeCalendarEditor.ID);
        }
        editor.showYear(YEAR);
        settle();
        Occurrence missed = editor.occurrences().stream().filter(o -> o.state() == OccurrenceState.MISSED).findFirst().orElseThrow();
        LocalDate monday = missed.date();
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(editor.calendar().markOf(monday).state()).isEqualTo(MarkState.MISSED);
        int month = monday.getMonthValue();
        assertThat(rateShown(editor, month)).isEqualTo(StudyTexts.share(handCount(editor.ledger(), editor.regime(), monday)));

        StudySession late = editor.recordLate(monday);
        settle();
        assertThat(late.getAttendees()).as("the regime's group on the roll call").isNotEmpty().containsAll(editor.regime().getGroup().getMembers());
        assertThat(editor.calendar().markOf(monday).state()).isEqualTo(MarkState.HELD);
        double after = handCount(editor.ledger(), editor.regime(), monday);
        assertThat(rateShown(editor, month)).isEqualTo(StudyTexts.share(after));
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        page().closeAllEditors(false);
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyRegime weekly = ledger(reader).getRegimes().stream().filter(r -> r.getName().equals("每周一学")).findFirst().orElseThrow();
            RegimeCalendarEditor reopened = (RegimeCalendarEditor) open(reader, weekly, RegimeCalendarEditor.ID);
            reopened.showYear(YEAR);
            settle();
            assertThat(reopened.calendar().markOf(monday).state()).as("stored").isEqualTo(MarkState.HELD);
        }
    }

    @Test
    void anExcusedOccurrenceIsGreyAndLeavesTheCount() throws Exception {
        RegimeCalendarEditor editor;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyRegime briefing = ledger(reader).getRegimes().stream().filter(r -> r.getName().equals("每日早交班")).findFirst().orElseThrow();
            editor = (RegimeCalendarEditor) open(reader, briefing, RegimeCalendarEditor.ID);
        }
        editor.showYear(YEAR);
        settle();
        assertThat(editor.occurrences()).as("the sample's day of training away").anySatisfy(o -> assertThat(o.state()).isEqualTo(OccurrenceState.EXCUSED));
        Occurrence missed = editor.occurrences().stream().filter(o -> o.state() == OccurrenceState.MISSED).findFirst().orElseThrow();
        editor.excuse(missed.date(), "抗洪抢险");
        settle();
        assertThat(editor.calendar().markOf(missed.date()).state()).isEqualTo(MarkState.EXCUSED);
        assertThat(editor.calendar().markOf(missed.date()).tooltip()).isEqualTo("抗洪抢险");
        editor.domain().getCommandStack().undo();
        settle();
        assertThat(editor.calendar().markOf(missed.date()).state()).isEqualTo(MarkState.MISSED);
    }

    private static org.eclipse.ui.IWorkbenchPage page() {
        return org.garrison.testing.ui.WorkbenchDriver.page();
    }

    private static String rateShown(RegimeCalendarEditor editor, int month) {
        return editor.months().getTable().getItem(month - 1).getText(5);
    }

    /** Mondays of the month from the regime's start, each held when a session of the regime falls in its week, by today. */
    private static double handCount(StudyLedger ledger, StudyRegime regime, LocalDate inMonth) {
        LocalDate today = LocalDate.now();
        int held = 0;
        int decided = 0;
        for (LocalDate monday = inMonth.withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); monday.getMonth() == inMonth.getMonth();
                monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            if (start.isBefore(regime.getStartDate())) {
                continue;
            }
            boolean wasHeld = ledger.getSessions().stream().anyMatch(s -> s.getRegime() == regime && !s.getDate().isBefore(start)
                    && s.getDate().isBefore(start.plusWeeks(1)) && !s.getDate().isAfter(today));
            boolean closed = !start.plusWeeks(1).isAfter(today);
            if (wasHeld) {
                held++;
                decided++;
            } else if (closed && regime.getExcused().stream().noneMatch(e -> e.getDate().equals(start))) {
                decided++;
            }
        }
        return decided == 0 ? Double.NaN : (double) held / decided;
    }
}
