package org.garrison.internal.study.ui.regime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.study.Compliance;
import org.garrison.internal.study.NewSessions;
import org.garrison.internal.study.Occurrence;
import org.garrison.internal.study.OccurrenceState;
import org.garrison.internal.study.RegimeCalendar;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.internal.study.ui.session.NewSessionWizard;
import org.garrison.internal.study.ui.session.SessionEditor;
import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.ui.editor.FieldBinding;
import org.garrison.ui.editor.RecordChoiceField;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Control;
import org.garrison.ui.table.ViewerColumns;
import org.garrison.ui.widgets.DayMark;
import org.garrison.ui.widgets.MarkState;
import org.garrison.ui.widgets.MonthCalendar;

/**
 * A regime's calendar (学习制度日历): a year (or a month) of its occurrences, held in green,
 * missed in red, excused in grey, coming in blue; its compliance month by month. A missed
 * occurrence is recorded late (a new session, pre-filled with the occurrence's date and the
 * regime's kind and group) or excused with a reason; both are commands (undo), saved with Save.
 * Enter or a double-click on a held day opens its session.
 */
public class RegimeCalendarEditor extends StudyEditorPart {

    public static final String ID = StudyUi.REGIME_CALENDAR;

    private StudyRegime regime;
    private MonthCalendar calendar;
    private TableViewer months;
    private Combo year;
    private Button yearView;
    private Label selection;
    private Button recordLate;
    private Button excuse;
    private Label total;
    private List<Occurrence> occurrences = List.of();
    private int shownYear;
    private Label title;
    private final List<FieldBinding> fields = new ArrayList<>();

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        regime = storedRecord(input, StudyRegime.class);
        shownYear = StudyUi.today().getYear();
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(10, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Label title = new Label(bar, SWT.NONE);
        title.setText(NLS.bind(Messages.Calendar_heading, new Object[] { regime.getName(), StudyTexts.label(regime.getRecurrence(), StudyUi.locale()),
                regime.getGroup() == null ? Messages.Calendar_noGroup : regime.getGroup().getName() }));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        new Label(bar, SWT.NONE).setText(Messages.Calendar_year);
        year = new Combo(bar, SWT.READ_ONLY);
        int first = regime.getStartDate() == null ? shownYear : Math.min(regime.getStartDate().getYear(), shownYear);
        for (int y = first; y <= shownYear + 1; y++) {
            year.add(String.valueOf(y));
        }
        year.select(shownYear - first);
        year.addListener(SWT.Selection, event -> showYear(Integer.parseInt(year.getText())));
        yearView = new Button(bar, SWT.CHECK);
        yearView.setText(Messages.Calendar_yearView);
        yearView.setSelection(true);
        yearView.addListener(SWT.Selection, event -> calendar.setYearView(yearView.getSelection()));
        total = new Label(bar, SWT.NONE);
        this.title = title;
        createRegimeFields(parent);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        calendar = new MonthCalendar(left, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(calendar);
        calendar.setYearView(true);
        calendar.setMonth(YearMonth.of(shownYear, StudyUi.today().getMonthValue()));
        calendar.select(StudyUi.today().getYear() == shownYear ? StudyUi.today() : LocalDate.of(shownYear, 1, 1));
        calendar.addListener(SWT.Selection, event -> showSelection());
        calendar.onOpen(this::openDay);
        Composite actions = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        selection = new Label(actions, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(selection);
        recordLate = new Button(actions, SWT.PUSH);
        recordLate.setText(Messages.Calendar_recordLate);
        recordLate.addListener(SWT.Selection, event -> recordLateWithWizard());
        excuse = new Button(actions, SWT.PUSH);
        excuse.setText(Messages.Calendar_excuse);
        excuse.addListener(SWT.Selection, event -> excuseWithDialog());

        months = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        months.getTable().setHeaderVisible(true);
        months.getTable().setLinesVisible(true);
        months.setContentProvider(ArrayContentProvider.getInstance());
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_month, 70, row -> NLS.bind(Messages.Calendar_monthItem, row.month().getMonthValue()));
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_due, 60, row -> String.valueOf(row.compliance().decided()));
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_held, 60, row -> String.valueOf(row.compliance().held()));
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_missed, 60, row -> String.valueOf(row.compliance().missed()));
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_excused, 70, row -> String.valueOf(row.compliance().excused()));
        ViewerColumns.add(months, MonthRow.class, Messages.Calendar_rate, 80, row -> StudyTexts.share(row.compliance().rate()));
        months.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof MonthRow row && !calendar.isYearView()) {
                calendar.setMonth(row.month());
            }
        });
        sash.setWeights(3, 2);
        show();
        installGlobalActions();
    }

    /** The regime itself: name, kind, recurrence, start and end, group; each change a command, and the calendar follows. */
    private void createRegimeFields(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(12).spacing(6, 4).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        for (EAttribute attribute : List.of(Literals.STUDY_REGIME__NAME, Literals.STUDY_REGIME__KIND, Literals.STUDY_REGIME__RECURRENCE,
                Literals.STUDY_REGIME__START_DATE, Literals.STUDY_REGIME__END_DATE)) {
            IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items()).getPropertyDescriptor(regime, attribute);
            String name = descriptor == null ? attribute.getName() : descriptor.getDisplayName(regime);
            new Label(row, SWT.NONE).setText(name + Messages.Session_colon);
            Control control = FieldBinding.createControl(row, regime, attribute, descriptor);
            control.setData("name", attribute.getName()); //$NON-NLS-1$
            GridDataFactory.fillDefaults().hint(attribute == Literals.STUDY_REGIME__NAME ? 130 : control instanceof org.garrison.ui.editor.DateField ? 120 : 100,
                    SWT.DEFAULT).applyTo(control);
            fields.add(new FieldBinding(domain(), regime, attribute, name, control, () -> { }));
        }
        new Label(row, SWT.NONE).setText(Messages.Calendar_group);
        RecordChoiceField group = new RecordChoiceField(row, domain(), regime, Literals.STUDY_REGIME__GROUP, ledger().getGroups(),
                record -> ((org.garrison.model.study.StudyGroup) record).getName(), () -> { });
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(group.control());
    }

    /** Shows the year's occurrences (as choosing it in the year list does). */
    public void showYear(int shown) {
        shownYear = shown;
        if (year.indexOf(String.valueOf(shown)) >= 0) {
            year.select(year.indexOf(String.valueOf(shown)));
        }
        calendar.setMonth(YearMonth.of(shownYear, calendar.month().getMonthValue()));
        show();
    }

    /** A month of the shown year with its compliance. */
    public record MonthRow(YearMonth month, Compliance compliance) {
    }

    private void show() {
        if (calendar == null || calendar.isDisposed()) {
            return;
        }
        LocalDate today = StudyUi.today();
        occurrences = RegimeCalendar.occurrences(regime, ledger().getSessions(), LocalDate.of(shownYear, 1, 1), LocalDate.of(shownYear, 12, 31), today);
        List<DayMark> marks = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            LocalDate day = occurrence.session() != null ? occurrence.session().getDate() : occurrence.date();
            marks.add(new DayMark(day, mark(occurrence.state()), tooltip(occurrence)));
        }
        calendar.setMarks(marks);
        Map<YearMonth, Compliance> byMonth = RegimeCalendar.byMonth(occurrences);
        List<MonthRow> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(shownYear, m);
            rows.add(new MonthRow(month, byMonth.getOrDefault(month, new Compliance(0, 0, 0))));
        }
        months.setInput(rows);
        title.setText(NLS.bind(Messages.Calendar_heading, new Object[] { regime.getName(), StudyTexts.label(regime.getRecurrence(), StudyUi.locale()),
                regime.getGroup() == null ? Messages.Calendar_noGroup : regime.getGroup().getName() }));
        Compliance overall = RegimeCalendar.overall(occurrences);
        total.setText(NLS.bind(Messages.Calendar_total, new Object[] { overall.held(), overall.missed(), overall.excused(), StudyTexts.share(overall.rate()) }));
        total.getParent().layout(true);
        showSelection();
    }

    private static MarkState mark(OccurrenceState state) {
        return switch (state) {
            case HELD -> MarkState.HELD;
            case MISSED -> MarkState.MISSED;
            case EXCUSED -> MarkState.EXCUSED;
            case OPEN, COMING -> MarkState.PLANNED;
        };
    }

    private String tooltip(Occurrence occurrence) {
        return switch (occurrence.state()) {
            case HELD -> NLS.bind(Messages.Calendar_heldBy, occurrence.session().getTopic(), occurrence.session().getAttendees().size());
            case EXCUSED -> occurrence.reason();
            case OPEN -> Messages.Calendar_open;
            case MISSED -> Messages.Calendar_missedTip;
            case COMING -> Messages.Calendar_coming;
        };
    }

    /** The occurrence whose window holds the day (a weekly study's whole week). */
    public Occurrence occurrenceOf(LocalDate day) {
        for (Occurrence occurrence : occurrences) {
            if (!day.isBefore(occurrence.date()) && day.isBefore(occurrence.until())) {
                return occurrence;
            }
        }
        return null;
    }

    private void showSelection() {
        Occurrence occurrence = occurrenceOf(calendar.selected());
        boolean late = occurrence != null && (occurrence.state() == OccurrenceState.MISSED || occurrence.state() == OccurrenceState.OPEN);
        recordLate.setEnabled(late);
        excuse.setEnabled(late);
        selection.setText(occurrence == null ? StudyTexts.date(calendar.selected())
                : NLS.bind(Messages.Calendar_selection, StudyTexts.date(occurrence.date()), stateName(occurrence)));
        selection.getParent().layout(true);
    }

    private static String stateName(Occurrence occurrence) {
        return switch (occurrence.state()) {
            case HELD -> Messages.Calendar_stateHeld;
            case MISSED -> Messages.Calendar_stateMissed;
            case EXCUSED -> NLS.bind(Messages.Calendar_stateExcused, occurrence.reason());
            case OPEN -> Messages.Calendar_open;
            case COMING -> Messages.Calendar_coming;
        };
    }

    private void openDay(LocalDate day) {
        Occurrence occurrence = occurrenceOf(day);
        if (occurrence == null) {
            return;
        }
        if (occurrence.session() != null) {
            try {
                StudyUi.open(getSite().getPage(), session(), occurrence.session(), occurrence.session().getTopic(), SessionEditor.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Study_title, e.getMessage());
            }
        } else if (occurrence.state() == OccurrenceState.MISSED || occurrence.state() == OccurrenceState.OPEN) {
            recordLateWithWizard();
        }
    }

    private void recordLateWithWizard() {
        Occurrence occurrence = occurrenceOf(calendar.selected());
        if (occurrence == null) {
            return;
        }
        NewSessionWizard wizard = new NewSessionWizard();
        wizard.inEditor(ledger(), domain(), occurrence.date(), regime);
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    /** Records the occurrence of the day late: a session of the regime, its group on the roll call. */
    public StudySession recordLate(LocalDate day) {
        Occurrence occurrence = occurrenceOf(day);
        if (occurrence == null || occurrence.session() != null) {
            return null;
        }
        StudySession late = NewSessions.forOccurrence(regime, occurrence.date());
        domain().getCommandStack().execute(AddCommand.create(domain(), ledger(), Literals.STUDY_LEDGER__SESSIONS, late));
        return late;
    }

    private void excuseWithDialog() {
        Occurrence occurrence = occurrenceOf(calendar.selected());
        if (occurrence == null) {
            return;
        }
        IInputValidator required = text -> text == null || text.isBlank() ? Messages.Calendar_reasonRequired : null;
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Calendar_excuseTitle,
                NLS.bind(Messages.Calendar_excuseMessage, regime.getName(), StudyTexts.date(occurrence.date())), "", required); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            excuse(occurrence.date(), dialog.getValue().strip());
        }
    }

    /** Excuses the occurrence due on the day, for the reason: one command. */
    public void excuse(LocalDate due, String reason) {
        ExcusedOccurrence excused = StudyFactory.eINSTANCE.createExcusedOccurrence();
        excused.setDate(due);
        excused.setReason(reason);
        domain().getCommandStack().execute(AddCommand.create(domain(), regime, Literals.STUDY_REGIME__EXCUSED, excused));
    }

    @Override
    protected void commandStackChanged() {
        show();
    }

    @Override
    protected void reverted() {
        fields.forEach(FieldBinding::reset);
        show();
    }

    @Override
    public List<String> problems() {
        return org.garrison.model.validation.RecordValidation.validate(regime).getChildren().stream()
                .filter(child -> child.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR).map(child -> child.getMessage()).toList();
    }

    public MonthCalendar calendar() {
        return calendar;
    }

    public TableViewer months() {
        return months;
    }

    public List<Occurrence> occurrences() {
        return occurrences;
    }


    public StudyRegime regime() {
        return regime;
    }

    @Override
    public void setFocus() {
        calendar.setFocus();
    }
}
