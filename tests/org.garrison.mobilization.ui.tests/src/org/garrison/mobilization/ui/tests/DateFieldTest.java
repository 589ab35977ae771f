package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.named;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.Test;

/**
 * A date field of the record editor: dates typed the ways staff write them, text that is no date
 * marked with what to write, a day taken from the calendar drop-down; each an undoable change.
 */
class DateFieldTest extends MobilizationUiTest {

    @Test
    void datesAreTypedInEveryUsualFormOrPickedFromTheCalendar() throws Exception {
        long id;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            id = reader.idOf(reader.list(Query.of(StudyPackage.Literals.STUDY_SESSION).page(0, 1)).get(0)).getAsLong();
        }
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(id, StudyPackage.Literals.STUDY_SESSION, "s"), RecordEditor.ID);
        StudySession session = (StudySession) editor.record();
        LocalDate original = session.getDate();
        DateField field = (DateField) named(editor.getSite().getShell(), "date");
        Text text = field.text();
        assertThat(text.getText()).isEqualTo(original.toString());

        type(text, "2026/3/1");
        assertThat(session.getDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(text.getText()).isEqualTo("2026-03-01");
        type(text, "2026年3月5日");
        assertThat(session.getDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        type(text, "２０２６－０３－０６");
        assertThat(session.getDate()).isEqualTo(LocalDate.of(2026, 3, 6));

        type(text, "下周一");
        assertThat(session.getDate()).as("text that is no date is not applied").isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(editor.shownProblems()).anySatisfy(problem -> assertThat(problem.message()).contains("下周一").contains("不是日期").contains("2026-03-01"));

        type(text, "2026-3-6");
        assertThat(editor.shownProblems()).noneSatisfy(problem -> assertThat(problem.message()).contains("不是日期"));
        field.openCalendar();
        DateTime calendar = field.calendar();
        assertThat(calendar).as("the calendar drops down").isNotNull();
        assertThat(calendar.getDay()).as("it opens at the field's date").isEqualTo(6);
        calendar.setDate(2026, 3, 18); // April: months count from 0
        field.take(calendar);
        settle();
        assertThat(field.calendar()).as("taking a day closes it").isNull();
        assertThat(session.getDate()).isEqualTo(LocalDate.of(2026, 4, 18));

        command("org.eclipse.ui.edit.undo");
        assertThat(session.getDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(text.getText()).isEqualTo("2026-03-06");
        editor.revert();
        assertThat(session.getDate()).isEqualTo(original);
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        settle();
    }
}
