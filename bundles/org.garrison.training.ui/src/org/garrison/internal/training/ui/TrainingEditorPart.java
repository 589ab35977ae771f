package org.garrison.internal.training.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.StoreEditorPart;

/**
 * The base of the training area's editors: the training ledger read whole into the editor's session
 * first (a year's plans, batches, instructors and tasks); refused with a message when the database
 * holds no ledger yet.
 */
public abstract class TrainingEditorPart extends StoreEditorPart {

    private TrainingLedger ledger;

    @Override
    protected final void opened(IEditorInput input) throws PartInitException {
        try {
            ledger = TrainingLedgers.read(session());
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (ledger == null) {
            throw new PartInitException(Messages.Training_noLedger);
        }
        openedLedger(input);
    }

    /** Told once the ledger is read; read the record the input names here. */
    protected void openedLedger(IEditorInput input) throws PartInitException {
    }

    public TrainingLedger ledger() {
        return ledger;
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

    /** The errors the model's validation finds in the record and what it contains, as the user reads them. */
    protected static List<String> validationProblems(org.eclipse.emf.ecore.EObject record) {
        return org.garrison.model.validation.RecordValidation.validate(record).getChildren().stream()
                .filter(diagnostic -> diagnostic.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR)
                .map(org.eclipse.emf.common.util.Diagnostic::getMessage).distinct().toList();
    }

    /** A table of small rows (towns, subjects, placings): headers, lines, an array of rows as input. */
    protected static org.eclipse.jface.viewers.TableViewer table(Composite parent) {
        org.eclipse.jface.viewers.TableViewer viewer = new org.eclipse.jface.viewers.TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        return viewer;
    }

    private Combo year;
    private Label summary;

    /**
     * The bar above a year's view: 年度 and its list (this year chosen; {@code changed} told on a choice), then a
     * summary line; the caller adds its buttons to the bar answered.
     */
    protected Composite yearBar(Composite parent, int buttons, Runnable changed) {
        Composite bar = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(3 + buttons).applyTo(bar);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Training_year);
        year = yearCombo(bar, changed);
        summary = new Label(bar, SWT.WRAP);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).applyTo(summary);
        return bar;
    }

    /** The year list of the {@link #yearBar}. */
    public Combo year() {
        return year;
    }

    /** Shows the summary line of the {@link #yearBar}. */
    protected void summarize(String text) {
        summary.setText(text);
        summary.getParent().layout(true);
    }

    /** A read-only list of the years with batches and this year, this year chosen; tells {@code changed} on a choice. */
    protected Combo yearCombo(Composite parent, Runnable changed) {
        Combo years = new Combo(parent, SWT.READ_ONLY);
        int thisYear = TrainingUi.today().getYear();
        List<Integer> shown = new java.util.ArrayList<>(ledger.getBatches().stream().filter(batch -> batch.getStartDate() != null)
                .map(batch -> batch.getStartDate().getYear()).distinct().toList());
        if (!shown.contains(thisYear)) {
            shown.add(thisYear);
        }
        shown.sort(null);
        shown.forEach(year -> {
            years.add(NLS.bind(Messages.Training_yearItem, year));
            years.setData(String.valueOf(years.getItemCount() - 1), year);
        });
        years.select(shown.indexOf(thisYear));
        years.addListener(SWT.Selection, event -> changed.run());
        return years;
    }

    /** The year chosen in a {@link #yearCombo}. */
    protected static int year(Combo years) {
        return (Integer) years.getData(String.valueOf(Math.max(0, years.getSelectionIndex())));
    }
}
