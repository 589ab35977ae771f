package org.garrison.internal.study.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.study.MakeUps;
import org.garrison.internal.study.RollCall;
import org.garrison.internal.study.StudySettings;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.core.Person;
import org.garrison.model.study.Absence;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.Chapter;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudySession;
import org.garrison.model.validation.RecordValidation;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.FieldBinding;
import org.garrison.ui.editor.RecordForm;
import org.garrison.ui.editor.RecordChoiceField;
import org.garrison.ui.editor.ReferenceField;
import org.garrison.ui.table.ViewerColumns;

/**
 * A study session (学习活动): date, kind, topic, presenter, place, hours, group, regime, book and
 * chapters, the content summary; the roll call of the group (present, or absent for a reason, with
 * a remark) and each absentee's make-up study; the attendance rate against the 90% target; the
 * sign-in sheet and photos as attachments. Every change is a command (undo, redo, revert); Save
 * writes the session and its make-ups in one transaction, refused while the model finds a problem.
 */
public class SessionEditor extends StudyEditorPart {

    public static final String ID = StudyUi.SESSION_EDITOR;

    private StudySession session;
    private RecordForm form;
    private FieldBinding summary;
    private ReferenceField presenter;
    private CheckboxTableViewer chapters;
    private Label chaptersLabel;
    private TableViewer rollCall;
    private Label attendance;
    private Label problemsLabel;
    private AttachmentsSection attachments;
    private Color green;
    private Color red;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        session = storedRecord(input, StudySession.class);
    }

    @Override
    protected void createContents(Composite parent) {
        green = new Color(0x1e, 0x84, 0x49);
        red = new Color(0xc0, 0x39, 0x2b);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(body);
        problemsLabel = new Label(body, SWT.WRAP);
        problemsLabel.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);

        // three fields a row, so that the roll call keeps most of the editor
        Composite header = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), session, items(), this::changed);
        form.field(header, Literals.STUDY_SESSION__DATE, 1);
        form.field(header, Literals.STUDY_SESSION__KIND, 1);
        form.field(header, Literals.STUDY_SESSION__HOURS, 1);
        form.field(header, Literals.STUDY_SESSION__TOPIC, 5);
        form.label(header, Literals.STUDY_SESSION__PRESENTER);
        presenter = new ReferenceField(header, domain(), session(), session, Literals.STUDY_SESSION__PRESENTER, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(presenter.control());
        form.field(header, Literals.STUDY_SESSION__PLACE, 1);
        form.choice(header, Literals.STUDY_SESSION__GROUP, ledger().getGroups(), record -> ((org.garrison.model.study.StudyGroup) record).getName());
        form.choice(header, Literals.STUDY_SESSION__REGIME, ledger().getRegimes(), record -> ((org.garrison.model.study.StudyRegime) record).getName());
        form.choice(header, Literals.STUDY_SESSION__READING_ITEM, ledger().getReadingItems(), record -> ((org.garrison.model.study.ReadingItem) record).getTitle());
        new Label(header, SWT.NONE);
        new Label(header, SWT.NONE);
        chaptersLabel = new Label(header, SWT.NONE);
        chaptersLabel.setText(form.nameOf(Literals.STUDY_SESSION__CHAPTERS) + Messages.Session_colon);
        GridDataFactory.fillDefaults().applyTo(chaptersLabel);
        chapters = CheckboxTableViewer.newCheckList(header, SWT.BORDER | SWT.V_SCROLL);
        chapters.setContentProvider(ArrayContentProvider.getInstance());
        chapters.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Chapter) element).getTitle();
            }
        });
        chapters.addCheckStateListener(event -> cover((Chapter) event.getElement(), event.getChecked()));
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(SWT.DEFAULT, 70).applyTo(chapters.getControl());
        new Label(header, SWT.NONE).setText(Messages.Session_summary + Messages.Session_colon);
        Text notes = new Text(header, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        notes.setData("name", Literals.STUDY_SESSION__NOTES.getName()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(SWT.DEFAULT, 40).applyTo(notes);
        summary = new FieldBinding(domain(), session, Literals.STUDY_SESSION__NOTES, Messages.Session_summary, notes, this::changed);

        attendance = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attendance);
        createRollCall(body);
        attachments = new AttachmentsSection(body, domain(), session(), session);
        attachments.control().setText(Messages.Session_attachments);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attachments.control());

        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        showState();
        installGlobalActions();
    }

    private void createRollCall(Composite body) {
        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.Session_rollCall);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        rollCall = new TableViewer(group, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        rollCall.getTable().setHeaderVisible(true);
        rollCall.getTable().setLinesVisible(true);
        rollCall.setContentProvider(ArrayContentProvider.getInstance());
        ViewerColumns.add(rollCall, Person.class, Messages.Session_name, 110, Person::getName);
        ViewerColumns.add(rollCall, Person.class, Messages.Session_state, 110, this::stateText);
        TableViewerColumn remark = ViewerColumns.add(rollCall, Person.class, Messages.Session_remark, 200, person -> {
            Absence absence = StudyTexts.absence(session, person);
            return absence == null || absence.getRemark() == null ? "" : absence.getRemark(); //$NON-NLS-1$
        });
        remark.setEditingSupport(new RemarkEditing());
        ViewerColumns.add(rollCall, Person.class, Messages.Session_makeUp, 260, this::makeUpText);
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(rollCall, new FocusCellOwnerDrawHighlighter(rollCall));
        TableViewerEditor.create(rollCall, focus, new ColumnViewerEditorActivationStrategy(rollCall) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 240).applyTo(rollCall.getControl());
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Session_present, () -> markSelected(null));
        for (AbsenceReason reason : AbsenceReason.VALUES) {
            button(buttons, NLS.bind(Messages.Session_absentFor, StudyTexts.label(reason, StudyUi.locale())), () -> markSelected(reason));
        }
        new Label(buttons, SWT.SEPARATOR | SWT.HORIZONTAL);
        button(buttons, Messages.Session_fill, this::fillFromGroup);
        button(buttons, Messages.Session_recordMakeUp, this::recordMakeUpOfSelected);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
    }

    private void changed() {
        // the command stack listener shows the new state
    }

    /** The selected persons marked present ({@code reason} null) or absent for the reason: one command. */
    void markSelected(AbsenceReason reason) {
        mark(selected(), reason);
    }

    /** The persons marked present or absent for the reason, all in one command (one undo). */
    public void mark(List<Person> persons, AbsenceReason reason) {
        org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand(Messages.Session_rollCall);
        for (Person person : persons) {
            Command command = RollCall.mark(domain(), session, person, reason);
            if (command != null) {
                all.append(command);
            }
        }
        if (!all.isEmpty()) {
            domain().getCommandStack().execute(all);
        }
    }

    public void fillFromGroup() {
        Command command = RollCall.fillFromGroup(domain(), session);
        if (command != null) {
            domain().getCommandStack().execute(command);
        }
    }

    private void recordMakeUpOfSelected() {
        List<Person> absent = selected().stream().filter(person -> RollCall.absent(session, person)
                && MakeUps.recorded(session, person, ledger().getMakeUps()) == null).toList();
        if (absent.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Session_recordMakeUp, Messages.Session_chooseAbsentee);
            return;
        }
        MakeUpDialog dialog = new MakeUpDialog(getSite().getShell(), session, absent);
        if (dialog.open() == Window.OK) {
            recordMakeUp(absent, dialog.date(), dialog.method(), dialog.notes());
        }
    }

    /** Make-up studies of the absentees, recorded in one command. */
    public void recordMakeUp(List<Person> persons, java.time.LocalDate date, org.garrison.model.study.MakeUpMethod method, String notes) {
        org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand(Messages.Session_recordMakeUp);
        persons.forEach(person -> all.append(RollCall.recordMakeUp(domain(), session, person, date, method, notes)));
        domain().getCommandStack().execute(all);
    }

    private List<Person> selected() {
        List<Person> persons = new ArrayList<>();
        rollCall.getStructuredSelection().forEach(element -> persons.add((Person) element));
        return persons;
    }

    /** A chapter covered or not: one command. */
    void cover(Chapter chapter, boolean covered) {
        if (covered != session.getChapters().contains(chapter)) {
            domain().getCommandStack().execute(covered ? AddCommand.create(domain(), session, Literals.STUDY_SESSION__CHAPTERS, chapter)
                    : RemoveCommand.create(domain(), session, Literals.STUDY_SESSION__CHAPTERS, chapter));
        }
    }

    String stateText(Person person) {
        if (RollCall.present(session, person)) {
            return Messages.Session_presentState;
        }
        AbsenceReason reason = RollCall.reason(session, person);
        return reason == null ? Messages.Session_unrecorded : NLS.bind(Messages.Session_absentState, StudyTexts.label(reason, StudyUi.locale()));
    }

    String makeUpText(Person person) {
        if (!RollCall.absent(session, person) || session.getDate() == null) {
            return ""; //$NON-NLS-1$
        }
        MakeUpStudy makeUp = MakeUps.recorded(session, person, ledger().getMakeUps());
        if (makeUp != null) {
            return NLS.bind(Messages.Session_madeUp, StudyTexts.date(makeUp.getDate()), StudyTexts.label(makeUp.getMethod(), StudyUi.locale()));
        }
        java.time.LocalDate due = MakeUps.dueDate(session, StudySettings.makeUpDays());
        return NLS.bind(due.isBefore(StudyUi.today()) ? Messages.Session_makeUpOverdue : Messages.Session_makeUpDue, StudyTexts.date(due));
    }

    private void showState() {
        if (rollCall.getControl().isDisposed()) {
            return;
        }
        rollCall.setInput(RollCall.expected(session));
        List<Chapter> offered = session.getReadingItem() == null ? List.of() : session.getReadingItem().getChapters();
        chapters.setInput(offered);
        chapters.setCheckedElements(session.getChapters().toArray());
        // the chapters only where there is a book to take them from
        boolean book = !offered.isEmpty();
        if (chapters.getControl().getVisible() != book) {
            chapters.getControl().setVisible(book);
            chaptersLabel.setVisible(book);
            ((org.eclipse.swt.layout.GridData) chapters.getControl().getLayoutData()).exclude = !book;
            ((org.eclipse.swt.layout.GridData) chaptersLabel.getLayoutData()).exclude = !book;
        }
        int present = session.getAttendees().size();
        int expected = present + session.getAbsentees().size();
        double rate = expected == 0 ? Double.NaN : (double) present / expected;
        boolean met = !Double.isNaN(rate) && rate >= StudySettings.ATTENDANCE_TARGET;
        attendance.setText(NLS.bind(Messages.Session_attendance, new Object[] { expected, present, expected - present, StudyTexts.share(rate),
                Double.isNaN(rate) ? "" : met ? Messages.Session_met : Messages.Session_notMet })); //$NON-NLS-1$
        attendance.setForeground(met ? green : red);
        List<String> problems = problems();
        problemsLabel.setText(problems.isEmpty() ? "" : String.join("\n", problems)); //$NON-NLS-1$ //$NON-NLS-2$
        attendance.getParent().layout(true, true);
    }

    /** What the model finds wrong with the session and its make-ups, as the user reads it. */
    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<EObject> checked = new ArrayList<>(List.of(session));
        ledger().getMakeUps().stream().filter(makeUp -> makeUp.getSession() == session).forEach(checked::add);
        for (EObject record : checked) {
            for (Diagnostic child : RecordValidation.validate(record).getChildren()) {
                if (child.getSeverity() >= Diagnostic.ERROR) {
                    problems.add(child.getMessage());
                }
            }
        }
        return problems;
    }

    @Override
    protected void commandStackChanged() {
        showState();
    }

    @Override
    protected void reverted() {
        form.reset();
        summary.reset();
        showState();
    }

    public StudySession studySession() {
        return session;
    }


    public TableViewer rollCall() {
        return rollCall;
    }

    public CheckboxTableViewer chapters() {
        return chapters;
    }

    public String attendanceText() {
        return attendance.getText();
    }

    public boolean attendanceMet() {
        return attendance.getForeground().equals(green);
    }

    public AttachmentsSection attachments() {
        return attachments;
    }

    public ReferenceField presenter() {
        return presenter;
    }

    @Override
    public void setFocus() {
        rollCall.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (green != null) {
            green.dispose();
            red.dispose();
        }
        super.dispose();
    }

    /** The remark of an absence, typed into its cell. */
    private final class RemarkEditing extends EditingSupport {

        RemarkEditing() {
            super(rollCall);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(rollCall.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return RollCall.absent(session, (Person) element);
        }

        @Override
        protected Object getValue(Object element) {
            Absence absence = StudyTexts.absence(session, (Person) element);
            return absence == null || absence.getRemark() == null ? "" : absence.getRemark(); //$NON-NLS-1$
        }

        @Override
        protected void setValue(Object element, Object value) {
            Command command = RollCall.remark(domain(), session, (Person) element, (String) value);
            if (command != null) {
                domain().getCommandStack().execute(command);
            }
        }
    }
}
