package org.garrison.study.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.internal.study.Compliance;
import org.garrison.internal.study.MakeUpTally;
import org.garrison.internal.study.PersonAttendance;
import org.garrison.internal.study.ReadingMatrix;
import org.garrison.internal.study.RollCall;
import org.garrison.internal.study.StatisticsWorkbook;
import org.garrison.internal.study.StudyStatistics;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudySession;
import org.garrison.spreadsheet.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2026 statistics of the hand-made group as of 1 March, every value counted by hand: four
 * sessions held (a fifth is planned for later), twelve places expected and nine taken, three
 * absences of which one was made up, the weekly regime kept 3 times of 7, and the reading matrix;
 * the exported .xlsx holds the same numbers.
 */
class StudyStatisticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final HandMadeStudy study = new HandMadeStudy();

    @TempDir
    Path folder;

    private StudyStatistics statistics() {
        StudySession jan13 = null;
        study.session(LocalDate.of(2026, 1, 5), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang, study.li), List.of());
        jan13 = study.session(LocalDate.of(2026, 1, 13), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang), List.of(study.li));
        study.session(LocalDate.of(2026, 2, 2), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang), List.of(study.wang, study.li));
        // 赵四 is no member of the group: counted in the session, not in the group's statistics
        study.session(LocalDate.of(2026, 2, 16), StudyKind.GROUP_STUDY, null, List.of(study.zhang, study.wang, study.li, study.zhao), List.of());
        study.session(LocalDate.of(2026, 3, 20), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang, study.li), List.of());
        study.domain.getCommandStack().execute(RollCall.recordMakeUp(study.domain, jan13, study.li, LocalDate.of(2026, 1, 20), MakeUpMethod.SELF_STUDY, null));
        study.read(study.zhang, study.fullBook, 4);
        study.read(study.zhang, study.selectedBook, 1);
        study.read(study.wang, study.fullBook, 2);
        return StudyStatistics.ofYear(study.ledger, study.staff, 2026, TODAY, 14);
    }

    @Test
    void theYearOfAGroupCountedByHand() {
        StudyStatistics statistics = statistics();
        assertThat(statistics.sessions()).hasSize(4);
        assertThat(statistics.sessions(StudyKind.WEEKLY_STUDY, YearMonth.of(2026, 1))).isEqualTo(2);
        assertThat(statistics.sessions(StudyKind.WEEKLY_STUDY, YearMonth.of(2026, 2))).isEqualTo(1);
        assertThat(statistics.sessions(StudyKind.WEEKLY_STUDY, YearMonth.of(2026, 3))).as("planned, not held").isZero();
        assertThat(statistics.sessions(StudyKind.GROUP_STUDY)).isEqualTo(1);
        assertThat(statistics.months()).hasSize(12);

        assertThat(statistics.attendance()).containsExactly(new PersonAttendance(study.zhang, 4, 4), new PersonAttendance(study.wang, 4, 3),
                new PersonAttendance(study.li, 4, 2));
        assertThat(statistics.expected()).isEqualTo(12);
        assertThat(statistics.present()).isEqualTo(9);
        assertThat(statistics.attendanceRate()).isEqualTo(0.75);
        assertThat(statistics.meetsTarget()).isFalse();
        assertThat(statistics.attendance().get(0).meetsTarget()).isTrue();

        assertThat(statistics.makeUps()).isEqualTo(new MakeUpTally(3, 1, 2, 2));
        assertThat(statistics.regimes()).singleElement().satisfies(regime -> assertThat(regime.compliance()).isEqualTo(new Compliance(3, 4, 0)));

        ReadingMatrix reading = statistics.reading();
        assertThat(reading.persons()).containsExactly(study.zhang, study.wang, study.li);
        assertThat(reading.items()).containsExactly(study.fullBook, study.selectedBook);
        assertThat(reading.share(study.wang, study.fullBook)).isEqualTo(0.5);
        assertThat(reading.counts(study.zhang, study.selectedBook)).as("selected reading: any chapter counts").isTrue();
        assertThat(reading.counts(study.wang, study.fullBook)).as("full reading: every chapter").isFalse();
        assertThat(reading.booksRead(study.zhang)).isEqualTo(2);
        assertThat(reading.behind()).containsExactly(study.wang, study.li);
        assertThat(reading.overallShare()).isEqualTo(7.0 / 27);
    }

    @Test
    void everyoneCountsEveryAttendeeAsTheReportDoes() {
        statistics();
        StudyStatistics everyone = StudyStatistics.ofYear(study.ledger, null, 2026, TODAY, 14);
        assertThat(everyone.expected()).isEqualTo(13);
        assertThat(everyone.present()).isEqualTo(10);
        assertThat(everyone.attendance()).extracting(PersonAttendance::person).contains(study.zhao);
    }

    @Test
    void theWorkbookHoldsTheSameNumbers() throws Exception {
        StudyStatistics statistics = statistics();
        Path file = folder.resolve("统计.xlsx");
        StatisticsWorkbook.write(statistics, file, Locale.CHINA);
        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        List<String> weekly = row(rows, "每周一学");
        assertThat(number(weekly.get(1))).isEqualTo(2);
        assertThat(number(weekly.get(2))).isEqualTo(1);
        assertThat(number(weekly.get(13))).as("the year's total").isEqualTo(3);
        List<String> li = row(rows, "李三");
        assertThat(number(li.get(1))).isEqualTo(4);
        assertThat(number(li.get(2))).isEqualTo(2);
        assertThat(number(li.get(4))).isEqualTo(0.5);
        List<String> overall = row(rows, "全体");
        assertThat(number(overall.get(1))).isEqualTo(12);
        assertThat(number(overall.get(2))).isEqualTo(9);
        assertThat(number(overall.get(4))).isEqualTo(0.75);
        int makeUpsHeader = indexOf(rows, "应补学");
        assertThat(rows.get(makeUpsHeader + 1)).extracting(HandMadeStudyNumbers::of).containsExactly(3.0, 1.0, 2.0, 2.0);
        List<String> regime = row(rows, "每周一学", 2);
        assertThat(regime.subList(1, 4)).extracting(HandMadeStudyNumbers::of).containsExactly(3.0, 4.0, 0.0);
        assertThat(number(regime.get(4))).isEqualTo(3.0 / 7, org.assertj.core.api.Assertions.within(1e-9));
        // the reading rows: the person's share of each book, then the books read
        int readingHeader = indexOf(rows, "党章");
        List<String> zhangReading = rows.get(readingHeader + 1);
        assertThat(zhangReading.get(0)).isEqualTo("张一");
        assertThat(zhangReading.subList(1, 4)).extracting(HandMadeStudyNumbers::of).containsExactly(1.0, 0.2, 2.0);
    }

    private static double number(String cell) {
        return HandMadeStudyNumbers.of(cell);
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return row(rows, first, 1);
    }

    /** The n-th row whose first cell is {@code first}. */
    private static List<String> row(List<List<String>> rows, String first, int nth) {
        int seen = 0;
        for (List<String> row : rows) {
            if (!row.isEmpty() && row.get(0).equals(first) && ++seen == nth) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " #" + nth + " in " + rows);
    }

    private static int indexOf(List<List<String>> rows, String cell) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(cell)) {
                return i;
            }
        }
        throw new AssertionError("no cell " + cell + " in " + rows);
    }

    /** Cells as numbers, however the reader writes them (2, 2.0). */
    static final class HandMadeStudyNumbers {
        static double of(String cell) {
            return Double.parseDouble(cell);
        }
    }
}
