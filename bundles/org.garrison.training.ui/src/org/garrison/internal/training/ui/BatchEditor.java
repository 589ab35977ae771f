package org.garrison.internal.training.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.training.AssessmentGrid;
import org.garrison.internal.training.AssessmentImport;
import org.garrison.internal.training.AssessmentRegister;
import org.garrison.internal.training.AssessmentSheet;
import org.garrison.internal.training.BatchClosing;
import org.garrison.internal.training.TrainingSchedule;
import org.garrison.internal.training.TrainingSettings;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage.Literals;
import org.garrison.model.training.TrainingPlan;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;
import org.garrison.ui.editor.RecordChoiceField;
import org.garrison.ui.editor.ReferenceListField;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;
import org.garrison.ui.table.ViewerColumns;

/**
 * A training batch (训练批次) on two tabs. 批次: name, kind, dates, place, plan, the plan's subjects
 * taken, instructors and trainees (the chooser over militia members: town, unit, category, "core
 * militia not trained this year"), clashes with other batches, attachments. 人人考核: trainees × subjects,
 * scores typed in place (the grade follows), missing cells in red and counted, pass rates per subject;
 * import and export of scores, the assessment register, and 结训登记 once everyone is assessed. Every
 * change is a command (undo, redo, revert); Save writes the batch and the trained members together.
 */
public class BatchEditor extends TrainingEditorPart {

    public static final String ID = TrainingUi.BATCH_EDITOR;

    private TrainingBatch batch;
    private AssessmentGrid grid;
    private RecordForm form;
    private RecordChoiceField plan;
    private CheckboxTableViewer subjects;
    private ReferenceListField instructors;
    private ReferenceListField trainees;
    private Label problemsLabel;
    private Label clashes;
    private Label closedLabel;
    private CTabFolder folder;
    private Composite gridPage;
    private RecordTable table;
    private List<PlanSubject> gridSubjects = List.of();
    private Label gridSummary;
    private Color red;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        batch = storedRecord(input, TrainingBatch.class);
        grid = new AssessmentGrid(batch, TrainingSettings.gradeScale());
        readMemberships(batch.getTrainees());
    }

    @Override
    protected void createContents(Composite parent) {
        red = new Color(0xc0, 0x39, 0x2b);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        CTabItem details = new CTabItem(folder, SWT.NONE);
        details.setText(Messages.Batch_detailsTab);
        details.setControl(createDetails(folder));
        CTabItem assessments = new CTabItem(folder, SWT.NONE);
        assessments.setText(Messages.Batch_gridTab);
        gridPage = new Composite(folder, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(gridPage);
        createGridBar(gridPage);
        assessments.setControl(gridPage);
        rebuildGrid();
        folder.setSelection(0);
        showState();
        installGlobalActions();
    }

    private Control createDetails(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(body);
        problemsLabel = new Label(body, SWT.WRAP);
        problemsLabel.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);
        clashes = new Label(body, SWT.WRAP);
        clashes.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clashes);

        Composite header = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), batch, items(), this::changed);
        form.field(header, Literals.TRAINING_BATCH__NAME, 1);
        form.field(header, Literals.TRAINING_BATCH__KIND, 1);
        form.field(header, Literals.TRAINING_BATCH__PLACE, 1);
        form.field(header, Literals.TRAINING_BATCH__START_DATE, 1);
        form.field(header, Literals.TRAINING_BATCH__END_DATE, 1);
        plan = form.choice(header, Literals.TRAINING_BATCH__PLAN, ledger().getPlans(), record -> ((TrainingPlan) record).getTitle());
        closedLabel = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(closedLabel);

        Group subjectGroup = group(body, form.nameOf(Literals.TRAINING_BATCH__SUBJECTS));
        subjects = CheckboxTableViewer.newCheckList(subjectGroup, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        subjects.getTable().setHeaderVisible(true);
        subjects.setContentProvider(ArrayContentProvider.getInstance());
        ViewerColumns.add(subjects, PlanSubject.class, Messages.Batch_subject, 180, PlanSubject::getName);
        ViewerColumns.add(subjects, PlanSubject.class, Messages.Batch_hours, 60, subject -> TrainingTexts.score(subject.getHours()));
        ViewerColumns.add(subjects, PlanSubject.class, Messages.Batch_subjectKind, 140, subject -> TrainingTexts.label(subject.getKind(), TrainingUi.locale()));
        subjects.addCheckStateListener(event -> take((PlanSubject) event.getElement(), event.getChecked()));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(subjects.getControl());
        Button byPlan = new Button(subjectGroup, SWT.PUSH);
        byPlan.setText(Messages.Batch_subjectsByPlan);
        byPlan.addListener(SWT.Selection, event -> takeSubjectsOfKind());
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(byPlan);

        Group instructorGroup = group(body, form.nameOf(Literals.TRAINING_BATCH__INSTRUCTORS));
        instructors = new ReferenceListField(instructorGroup, domain(), session(), batch, Literals.TRAINING_BATCH__INSTRUCTORS, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(instructors.control());
        Group traineeGroup = group(body, form.nameOf(Literals.TRAINING_BATCH__TRAINEES));
        trainees = new ReferenceListField(traineeGroup, domain(), session(), batch, Literals.TRAINING_BATCH__TRAINEES, this::changed);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 260).applyTo(trainees.control());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(trainees.table().getControl());

        AttachmentsSection attachments = new AttachmentsSection(body, domain(), session(), batch);
        attachments.control().setText(Messages.Batch_attachments);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attachments.control());

        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scrolled;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private void createGridBar(Composite page) {
        Composite bar = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        gridSummary = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(gridSummary);
        button(bar, Messages.Batch_import, this::importScores);
        button(bar, Messages.Batch_export, this::exportScores);
        button(bar, Messages.Batch_register, this::writeRegister);
        button(bar, Messages.Batch_close, this::closeBatch);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    /** The grid's table, made anew when the batch's subjects change (a column per subject). */
    private void rebuildGrid() {
        if (table != null && gridSubjects.equals(batch.getSubjects())) {
            return;
        }
        if (table != null) {
            table.natTable().dispose();
        }
        gridSubjects = List.copyOf(batch.getSubjects());
        List<RecordColumn> columns = new ArrayList<>();
        columns.add(RecordColumn.computed(Messages.Batch_name, row -> ((Person) row).getName()).width(90));
        columns.add(RecordColumn.computed(Messages.Batch_identity, row -> ((Person) row).getIdentityNumber()).width(160));
        List<Integer> scoreColumns = new ArrayList<>();
        for (PlanSubject subject : gridSubjects) {
            scoreColumns.add(columns.size());
            columns.add(RecordColumn.edited(subject.getName(), row -> grid.score((Person) row, subject), org.garrison.model.training.TrainingPackage.Literals.ASSESSMENT__SCORE,
                    (row, value) -> grid.setScore(domain(), (Person) row, subject, (Double) value)).width(80));
            columns.add(RecordColumn.computed(TrainingTexts.gradeHeader(subject.getName()), row -> {
                Assessment assessment = grid.assessment((Person) row, subject);
                return assessment == null ? null : TrainingTexts.grade(assessment.getGrade(), TrainingUi.locale());
            }).width(70));
        }
        columns.add(RecordColumn.computed(Messages.Batch_missingColumn, row -> grid.missing((Person) row)).width(70));
        table = new RecordTable(gridPage, columns, domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.markCells((row, column) -> {
            int index = scoreColumns.indexOf(column);
            return index >= 0 && grid.assessment((Person) row, gridSubjects.get(index)) == null;
        });
        TableMenu.attach(table, getSite(), Messages.Batch_sheet);
        table.setRows(batch.getTrainees());
        gridPage.layout(true, true);
    }

    private void changed() {
        // the command stack listener shows the new state
    }

    /** A plan subject taken or left out: one command. */
    void take(PlanSubject subject, boolean taken) {
        if (taken != batch.getSubjects().contains(subject)) {
            domain().getCommandStack().execute(taken ? AddCommand.create(domain(), batch, Literals.TRAINING_BATCH__SUBJECTS, subject)
                    : RemoveCommand.create(domain(), batch, Literals.TRAINING_BATCH__SUBJECTS, subject));
        }
    }

    /** The plan's subjects for the batch's kind: one command. */
    public void takeSubjectsOfKind() {
        if (batch.getPlan() == null) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Batch_title, Messages.Batch_noPlan);
            return;
        }
        List<PlanSubject> missing = batch.getPlan().getSubjects().stream()
                .filter(subject -> subject.getKind() == batch.getKind() && !batch.getSubjects().contains(subject)).toList();
        if (!missing.isEmpty()) {
            domain().getCommandStack().execute(AddCommand.create(domain(), batch, Literals.TRAINING_BATCH__SUBJECTS, missing));
        }
    }

    /** Sets a trainee's score in a subject, as typing it into the grid does (null clears it). */
    public void score(Person trainee, PlanSubject subject, Double score) {
        Command command = grid.setScore(domain(), trainee, subject, score);
        if (command.canExecute()) {
            domain().getCommandStack().execute(command);
        }
    }

    private void importScores() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            importScores(Path.of(chosen), true);
        }
    }

    /**
     * Reads a score file; when it has problems, lists them (row, column, reason) and asks whether to take
     * the valid scores ({@code ask} false takes them). Answers the import.
     */
    public AssessmentImport importScores(Path file, boolean ask) {
        AssessmentImport read;
        try {
            read = AssessmentImport.read(file, grid);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Batch_import, NLS.bind(Messages.Batch_importFailed, file.getFileName(), e.getMessage()));
            return null;
        }
        if (!read.problems().isEmpty() && ask) {
            List<String> lines = read.problems().stream().limit(30)
                    .map(problem -> NLS.bind(Messages.Batch_problemLine, new Object[] { problem.row(), problem.field(), problem.message() })).toList();
            String text = NLS.bind(Messages.Batch_importProblems, new Object[] { read.problems().size(), read.scores().size(), String.join("\n", lines) }); //$NON-NLS-1$
            if (read.scores().isEmpty()) {
                MessageDialog.openError(getSite().getShell(), Messages.Batch_import, text);
                return read;
            }
            if (!MessageDialog.openQuestion(getSite().getShell(), Messages.Batch_import, text)) {
                return read;
            }
        }
        if (!read.scores().isEmpty()) {
            domain().getCommandStack().execute(read.apply(domain(), grid));
        }
        return read;
    }

    private void exportScores() {
        Path file = saveAs(Messages.Batch_sheet, "*.xlsx"); //$NON-NLS-1$
        if (file != null) {
            try {
                AssessmentSheet.write(grid, file, TrainingUi.locale());
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Batch_export, e.getMessage());
            }
        }
    }

    private void writeRegister() {
        Path file = saveAs(NLS.bind(Messages.Batch_registerFile, batch.getName()), "*.docx"); //$NON-NLS-1$
        if (file != null) {
            try {
                AssessmentRegister.write(grid, file, TrainingUi.locale());
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Batch_register, e.getMessage());
            }
        }
    }

    private Path saveAs(String name, String extension) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(name + extension.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** 结训登记 as of today: refused with the reason, else one command (Save stores it). Answers the refusal, or null. */
    public String closeBatch(boolean tell) {
        String refusal = BatchClosing.refusal(batch, grid, TrainingUi.today());
        if (refusal != null) {
            if (tell) {
                MessageDialog.openInformation(getSite().getShell(), Messages.Batch_close, refusal);
            }
            return refusal;
        }
        try {
            List<MilitiaMember> members = BatchClosing.members(session(), batch);
            domain().getCommandStack().execute(BatchClosing.close(domain(), batch, members, TrainingUi.today()));
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Batch_close, e.getMessage());
            return e.getMessage();
        }
        return null;
    }

    private void closeBatch() {
        closeBatch(true);
    }

    @Override
    protected void commandStackChanged() {
        readMemberships(batch.getTrainees());
        showState();
    }

    @Override
    public java.util.List<String> problems() {
        return validationProblems(batch);
    }

    @Override
    protected void reverted() {
        form.reset();
        showState();
    }

    private void showState() {
        if (folder == null || folder.isDisposed()) {
            return;
        }
        grid.refresh();
        rebuildGrid();
        table.setRows(batch.getTrainees());
        table.refresh();
        // the plan's subjects of the batch's kind, and any other the batch took
        List<PlanSubject> offered = batch.getPlan() == null ? List.copyOf(batch.getSubjects()) : batch.getPlan().getSubjects().stream()
                .filter(subject -> subject.getKind() == batch.getKind() || batch.getSubjects().contains(subject)).toList();
        subjects.setInput(offered);
        subjects.setCheckedElements(batch.getSubjects().toArray());
        closedLabel.setText(batch.getClosedOn() == null ? Messages.Batch_notClosed : NLS.bind(Messages.Batch_closedOn, TrainingTexts.date(batch.getClosedOn())));
        List<String> overlaps = new TrainingSchedule(ledger(), batch.getStartDate() == null ? TrainingUi.today().getYear() : batch.getStartDate().getYear())
                .overlapsOf(batch).stream().map(TrainingSchedule.Overlap::reason).toList();
        clashes.setText(String.join("\n", overlaps)); //$NON-NLS-1$
        problemsLabel.setText(problems().isEmpty() ? "" : NLS.bind(Messages.Batch_problems, String.join("\n", problems()))); //$NON-NLS-1$ //$NON-NLS-2$
        gridSummary.setText(summary());
        problemsLabel.getParent().layout(true, true);
        gridSummary.getParent().layout(true);
    }

    /** 应考核 N 项，已录入 M 项，缺考 K 项；合格率 … */
    public String summary() {
        List<String> rates = new ArrayList<>();
        for (PlanSubject subject : grid.subjects()) {
            AssessmentGrid.SubjectResult result = grid.result(subject);
            rates.add(NLS.bind(Messages.Batch_subjectRate, subject.getName(), TrainingTexts.share(result.assessed() == 0 ? Double.NaN : result.passRate())));
        }
        int cells = grid.trainees().size() * grid.subjects().size();
        int missing = grid.missing().size();
        return NLS.bind(Messages.Batch_summary, new Object[] { cells, cells - missing, missing, String.join(Messages.Training_listSeparator, rates),
                TrainingTexts.share(grid.trainees().isEmpty() ? Double.NaN : grid.passRate()) });
    }

    public TrainingBatch batch() {
        return batch;
    }

    public AssessmentGrid grid() {
        return grid;
    }

    public RecordTable table() {
        return table;
    }

    public ReferenceListField trainees() {
        return trainees;
    }

    public CTabFolder folder() {
        return folder;
    }

    public Label clashes() {
        return clashes;
    }

    @Override
    public void setFocus() {
        folder.setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }
}
