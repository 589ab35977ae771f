package org.garrison.study.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.garrison.internal.study.ui.reading.ReadingMatrixEditor;
import org.garrison.internal.study.ui.statistics.StatisticsEditor;
import org.garrison.model.core.Person;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.spreadsheet.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading matrix and the statistics of the sample's department staff, checked against counts
 * made here straight from the records: chapters per person and book, attendance per person;
 * the chart shows the year's kinds; the exported workbook holds the same numbers.
 */
class ReadingAndStatisticsTest extends StudyUiTest {

    @TempDir
    Path folder;

    @Test
    void theReadingMatrixShowsEachPersonsChaptersAndTicksMoreWithUndo() throws Exception {
        ReadingMatrixEditor editor = (ReadingMatrixEditor) open(ReadingMatrixEditor.ID);
        StudyLedger ledger = editor.ledger();
        StudyGroup staff = ledger.getGroups().stream().filter(g -> g.getName().equals("人武部全体人员")).findFirst().orElseThrow();
        editor.show(staff, YEAR);
        settle();
        List<ReadingItem> books = ledger.getReadingItems().stream().filter(item -> item.getYear() == YEAR).toList();
        assertThat(editor.table().getTable().getItemCount()).isEqualTo(staff.getMembers().size());
        assertThat(editor.table().getTable().getColumnCount()).isEqualTo(books.size() + 2);
        for (int row = 0; row < staff.getMembers().size(); row++) {
            Person person = staff.getMembers().get(row);
            TableItem item = editor.table().getTable().getItem(row);
            assertThat(item.getText(0)).isEqualTo(person.getName());
            for (int b = 0; b < books.size(); b++) {
                ReadingItem book = books.get(b);
                int done = ledger.getProgress().stream().filter(p -> p.getReader() == person && p.getItem() == book)
                        .mapToInt(p -> p.getChaptersDone().size()).sum();
                assertThat(item.getText(b + 1)).startsWith(done + "/" + book.getChapters().size() + " 章");
            }
        }
        Person person = staff.getMembers().get(0);
        ReadingItem book = books.get(books.size() - 1);
        int before = editor.matrix().booksRead(person);
        boolean counted = editor.matrix().counts(person, book);
        int chaptersBefore = editor.matrix().chaptersDone(person, book);
        editor.setChaptersDone(person, book, book.getChapters());
        settle();
        assertThat(editor.matrix().counts(person, book)).isTrue();
        assertThat(editor.matrix().booksRead(person)).isEqualTo(before + (counted ? 0 : 1));
        assertThat(editor.table().getTable().getItem(0).getText(books.size())).startsWith(book.getChapters().size() + "/" + book.getChapters().size());
        assertThat(editor.isDirty()).isEqualTo(chaptersBefore < book.getChapters().size());
        if (editor.isDirty()) {
            editor.domain().getCommandStack().undo();
            settle();
        }
        assertThat(editor.matrix().booksRead(person)).isEqualTo(before);
        assertThat(editor.matrix().chaptersDone(person, book)).isEqualTo(chaptersBefore);
    }

    @Test
    void theStatisticsEqualCountsFromTheRecordsAndTheWorkbookHoldsThem() throws Exception {
        StatisticsEditor editor = (StatisticsEditor) open(StatisticsEditor.ID);
        StudyLedger ledger = editor.ledger();
        StudyGroup staff = ledger.getGroups().stream().filter(g -> g.getName().equals("人武部全体人员")).findFirst().orElseThrow();
        editor.show(staff, YEAR);
        settle();
        LocalDate today = LocalDate.now();
        Map<Person, int[]> counted = new LinkedHashMap<>();
        staff.getMembers().forEach(person -> counted.put(person, new int[2]));
        List<StudySession> held = new ArrayList<>();
        for (StudySession session : ledger.getSessions()) {
            if (session.getGroup() == staff && session.getDate().getYear() == YEAR && !session.getDate().isAfter(today)) {
                held.add(session);
                for (Person person : staff.getMembers()) {
                    if (session.getAttendees().contains(person)) {
                        counted.get(person)[0]++;
                        counted.get(person)[1]++;
                    } else if (session.getAbsentees().contains(person)) {
                        counted.get(person)[0]++;
                    }
                }
            }
        }
        assertThat(editor.statistics().sessions()).hasSize(held.size());
        assertThat(editor.persons().getTable().getItemCount()).isEqualTo(staff.getMembers().size());
        for (int row = 0; row < staff.getMembers().size(); row++) {
            TableItem item = editor.persons().getTable().getItem(row);
            int[] expected = counted.get(staff.getMembers().get(row));
            assertThat(item.getText(1)).isEqualTo(String.valueOf(expected[0]));
            assertThat(item.getText(2)).isEqualTo(String.valueOf(expected[1]));
        }
        assertThat(editor.chart().getSeriesSet().getSeries()).extracting(series -> series.getId())
                .contains("每周一学", "每日早交班", "周五党日");

        Path file = folder.resolve("统计.xlsx");
        Job export = editor.export(file);
        export.schedule();
        export.join();
        assertThat(export.getResult().isOK()).isTrue();
        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        Person first = staff.getMembers().get(0);
        List<String> firstRow = rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first.getName())).findFirst().orElseThrow();
        assertThat(Double.parseDouble(firstRow.get(1))).isEqualTo(counted.get(first)[0]);
        assertThat(Double.parseDouble(firstRow.get(2))).isEqualTo(counted.get(first)[1]);
    }
}
