package org.garrison.internal.study.ui.session;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudySession;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * 学习登记: every session of a year in one table, newest last, with its attendance; filter,
 * sort and export as every table does; Enter or a double-click opens the session for its roll call.
 * Date, topic, place and hours can be corrected in the cells (undo, Save).
 */
public class StudyLogEditor extends StudyEditorPart {

    public static final String ID = StudyUi.STUDY_LOG;

    private RecordTable table;
    private Combo year;
    private Label summary;
    private List<Integer> years;


    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Log_year);
        year = new Combo(bar, SWT.READ_ONLY);
        years = ledger().getSessions().stream().map(session -> session.getDate() == null ? null : session.getDate().getYear())
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (years.isEmpty()) {
            years = List.of(StudyUi.today().getYear());
        }
        years.forEach(each -> year.add(NLS.bind(Messages.Log_yearItem, each)));
        int current = years.indexOf(StudyUi.today().getYear());
        year.select(current < 0 ? years.size() - 1 : current);
        year.addListener(SWT.Selection, event -> show());
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).applyTo(summary);
        org.eclipse.swt.widgets.Button create = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        create.setText(Messages.Log_new);
        create.addListener(SWT.Selection, event -> {
            NewSessionWizard wizard = new NewSessionWizard();
            wizard.init(getSite().getWorkbenchWindow().getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            new org.eclipse.jface.wizard.WizardDialog(getSite().getShell(), wizard).open();
        });
        table = new RecordTable(parent, List.of(
                RecordColumn.path(items(), Literals.STUDY_SESSION__DATE).width(100),
                RecordColumn.path(items(), Literals.STUDY_SESSION__KIND).readOnly().width(100),
                RecordColumn.path(items(), Literals.STUDY_SESSION__TOPIC).width(220),
                RecordColumn.computed(Messages.Log_presenter, row -> ((StudySession) row).getPresenter() == null ? null
                        : ((StudySession) row).getPresenter().getName()).width(80),
                RecordColumn.computed(Messages.Log_group, row -> ((StudySession) row).getGroup() == null ? null
                        : ((StudySession) row).getGroup().getName()).width(120),
                RecordColumn.path(items(), Literals.STUDY_SESSION__PLACE).width(120),
                RecordColumn.path(items(), Literals.STUDY_SESSION__HOURS).width(60),
                RecordColumn.computed(Messages.Log_present, row -> ((StudySession) row).getAttendees().size()).width(60),
                RecordColumn.computed(Messages.Log_absent, row -> ((StudySession) row).getAbsentees().size()).width(60),
                RecordColumn.computed(Messages.Log_rate, row -> rate((StudySession) row)).width(80)), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.addOpenListener(this::openSession);
        TableMenu.attach(table, getSite(), Messages.Log_sheet);
        show();
        installGlobalActions();
    }

    private static String rate(StudySession session) {
        int expected = session.getAttendees().size() + session.getAbsentees().size();
        return StudyTexts.share(expected == 0 ? Double.NaN : (double) session.getAttendees().size() / expected);
    }

    private void show() {
        int shownYear = years.get(Math.max(0, year.getSelectionIndex()));
        List<StudySession> sessions = StudyLedgers.sessions(ledger(), java.time.LocalDate.of(shownYear, 1, 1), java.time.LocalDate.of(shownYear, 12, 31));
        table.setRows(sessions);
        long held = sessions.stream().filter(session -> !session.getDate().isAfter(StudyUi.today())).count();
        summary.setText(NLS.bind(Messages.Log_summary, new Object[] { sessions.size(), held, sessions.size() - held }));
        summary.getParent().layout(true);
    }

    private void openSession(org.eclipse.emf.ecore.EObject row) {
        if (isDirty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Log_title, Messages.Log_saveFirst);
            return;
        }
        try {
            StudyUi.open(getSite().getPage(), session(), row, ((StudySession) row).getTopic(), SessionEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Log_title, e.getMessage());
        }
    }

    @Override
    protected void commandStackChanged() {
        table.refresh();
    }

    @Override
    protected void reverted() {
        table.refresh();
    }

    public RecordTable table() {
        return table;
    }

    public Combo year() {
        return year;
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }
}
