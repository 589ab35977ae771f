package org.garrison.study.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudyRecordBook;
import org.garrison.internal.study.StudyTexts;
import org.garrison.model.core.Person;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample district's study record book and attendance register of 2026 as of 1 December: a
 * Word document that opens, holding every session held that year in date order, with its absentees
 * and their make-up; one person's book holds only the sessions the person was expected at.
 */
class StudyRecordBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private final StudyLedger ledger = SampleDistrict.generate(42, SampleSize.SMALL, 2026).study();
    private final List<StudySession> held = StudyLedgers.held(ledger, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TODAY);

    @Test
    void theRecordBookHoldsEverySessionOfTheYearInDateOrder() throws Exception {
        assertThat(held).hasSizeGreaterThan(300);
        assertThat(held).allMatch(session -> !session.getDate().isAfter(TODAY));
        Path file = folder.resolve("学习记录本.docx");
        StudyRecordBook.writeRecordBook(held, ledger.getMakeUps(), "2026年度学习记录本", TODAY, file, Locale.CHINA);

        List<String> headings;
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            headings = document.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> text.matches("2026年\\d+月\\d+日　.+")).toList();
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("2026年度学习记录本");
            String all = String.join("\n", document.getTables().stream().map(XWPFTable::getText).toList());
            StudySession withAbsentee = held.stream().filter(session -> !session.getAbsentees().isEmpty()).findFirst().orElseThrow();
            assertThat(all).contains(StudyTexts.absentees(withAbsentee, Locale.CHINA));
            assertThat(all).contains("补学情况");
        }
        List<String> expected = held.stream().map(session -> StudyTexts.date(session.getDate()) + "　" + StudyTexts.label(session.getKind(), Locale.CHINA))
                .toList();
        assertThat(headings).containsExactlyElementsOf(expected);
    }

    @Test
    void theAttendanceRegisterHasARowPerSessionAndAPersonsBookOnlyTheirs() throws Exception {
        // a member of the department's staff but not of the committee
        Person person = ledger.getGroups().get(1).getMembers().get(6);
        List<StudySession> theirs = StudyRecordBook.sessions(held, person);
        assertThat(theirs).isNotEmpty().hasSizeLessThan(held.size())
                .allMatch(session -> session.getAttendees().contains(person) || session.getAbsentees().contains(person));
        Path file = folder.resolve("考勤.docx");
        StudyRecordBook.writeAttendanceRegister(theirs, ledger.getMakeUps(), "2026年度学习考勤登记", TODAY, file, Locale.CHINA);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getNumberOfRows()).isEqualTo(theirs.size() + 1);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("日期");
            StudySession first = theirs.get(0);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(StudyTexts.date(first.getDate()));
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo(String.valueOf(first.getAttendees().size()));
        }
    }
}
