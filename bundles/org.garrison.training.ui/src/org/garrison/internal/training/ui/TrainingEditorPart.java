package org.garrison.internal.training.ui;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.LedgerEditorPart;

/**
 * The base of the training area's editors: the training ledger read whole into the editor's session
 * first (a year's plans, batches, instructors and tasks); refused with a message when the database
 * holds no ledger yet.
 */
public abstract class TrainingEditorPart extends LedgerEditorPart<TrainingLedger> {

    protected TrainingEditorPart() {
        super(org.garrison.model.training.TrainingPackage.Literals.TRAINING_LEDGER);
    }

    @Override
    protected String noLedger() {
        return Messages.Training_noLedger;
    }

    private final java.util.Set<org.garrison.model.core.Person> membershipsRead = new java.util.HashSet<>();

    /**
     * Reads the memberships of the persons not read yet (trainees, members dispatched), so that the
     * model's validation judges whether they served on the activity's day.
     */
    protected void readMemberships(java.util.Collection<? extends org.garrison.model.core.Person> persons) {
        List<org.garrison.model.core.Person> unread = persons.stream().filter(person -> !membershipsRead.contains(person)).map(person -> (org.garrison.model.core.Person) person).toList();
        if (unread.isEmpty()) {
            return;
        }
        try {
            org.garrison.internal.training.BatchClosing.memberships(session(), unread);
            membershipsRead.addAll(unread);
        } catch (StoreException e) {
            // judged at Save, where the store reads what it needs
        }
    }

    /** A table of small rows (towns, subjects, placings): headers, lines, an array of rows as input. */
    protected static org.eclipse.jface.viewers.TableViewer table(Composite parent) {
        return org.garrison.ui.table.ViewerColumns.table(parent);
    }

    private org.garrison.ui.editor.YearBar yearBar;

    /**
     * The bar above a year's view: 年度 and the years with batches and this year ({@code changed} told on a
     * choice), then a summary line; the caller adds its buttons to the bar answered.
     */
    protected Composite yearBar(Composite parent, int buttons, Runnable changed) {
        List<Integer> years = ledger().getBatches().stream().filter(batch -> batch.getStartDate() != null).map(batch -> batch.getStartDate().getYear()).toList();
        yearBar = new org.garrison.ui.editor.YearBar(parent, buttons, years, TrainingUi.today().getYear(), changed);
        return yearBar.control();
    }

    /** The year list of the {@link #yearBar}. */
    public Combo year() {
        return yearBar.combo();
    }

    /** The year chosen in the {@link #yearBar}. */
    protected int chosenYear() {
        return yearBar.year();
    }

    /** Shows the summary line of the {@link #yearBar}. */
    protected void summarize(String text) {
        yearBar.summarize(text);
    }
}
