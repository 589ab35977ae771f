package org.garrison.internal.study.ui.session;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.study.NewSessions;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.DateTexts;

/**
 * 新建学习活动: the date, kind, regime, group and topic of a session; Finish stores it with the
 * group's members on the roll call (marked present) and opens it for the roll call. Started from
 * the navigator (New), the 政治学习 menu, or a regime's calendar (pre-filled with the occurrence's
 * date, the regime's kind and group).
 */
public class NewSessionWizard extends Wizard implements INewWizard {

    private StoreSession session;
    private StudyLedger ledger;
    private IWorkbench workbench;
    private LocalDate presetDate;
    private StudyRegime presetRegime;
    private org.eclipse.emf.edit.domain.EditingDomain editorDomain;
    private SessionPage page;
    private StudySession created;

    public NewSessionWizard() {
        setWindowTitle(Messages.NewSession_title);
    }

    /**
     * Records a regime's occurrence late, inside an open editor (the regime calendar): pre-filled with
     * the occurrence's date and the regime's kind, group and name; Finish adds the session to the
     * editor's ledger as one command (undo), saved with the editor.
     */
    public void inEditor(StudyLedger editorLedger, org.eclipse.emf.edit.domain.EditingDomain domain, LocalDate date, StudyRegime regime) {
        this.ledger = editorLedger;
        this.editorDomain = domain;
        this.presetDate = date;
        this.presetRegime = regime;
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
    }

    @Override
    public void addPages() {
        if (editorDomain == null) {
            session = GarrisonUI.getStore().openSession();
            try {
                ledger = StudyLedgers.read(session);
            } catch (StoreException e) {
                MessageDialog.openError(getShell(), Messages.NewSession_title, e.getMessage());
            }
        }
        page = new SessionPage();
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return ledger != null && page.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        StudyRegime regime = page.regime();
        if (editorDomain != null) {
            created = NewSessions.prepare(page.date(), page.kind(), page.topic(), page.group(), regime);
            editorDomain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(editorDomain, ledger,
                    org.garrison.model.study.StudyPackage.Literals.STUDY_LEDGER__SESSIONS, created));
            return true;
        }
        StudySession added = NewSessions.create(ledger, page.date(), page.kind(), page.topic(), page.group(), regime);
        try {
            session.commit();
        } catch (StoreException e) {
            ledger.getSessions().remove(added);
            session.rollback();
            MessageDialog.openError(getShell(), Messages.NewSession_title, e.getMessage());
            return false;
        }
        created = added;
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                StudyUi.open(workbench.getActiveWorkbenchWindow().getActivePage(), session, added, added.getTopic(), SessionEditor.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(getShell(), Messages.NewSession_title, e.getMessage());
            }
        }
        return true;
    }

    /** The session stored (after Finish). */
    public StudySession created() {
        return created;
    }

    public SessionPage page() {
        return page;
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.close();
        }
        super.dispose();
    }

    /** The one page: what staff know when a session starts. */
    public final class SessionPage extends WizardPage {

        DateField date;
        Combo kind;
        Combo regime;
        Combo group;
        Text topic;

        SessionPage() {
            super("session"); //$NON-NLS-1$
            setTitle(Messages.NewSession_title);
            setDescription(Messages.NewSession_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            if (ledger == null) {
                new Label(body, SWT.WRAP).setText(Messages.Study_noLedger);
                setControl(body);
                setPageComplete(false);
                return;
            }
            new Label(body, SWT.NONE).setText(Messages.NewSession_date);
            date = new DateField(body);
            date.text().setText(DateTexts.format(presetDate != null ? presetDate : StudyUi.today()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(date);
            new Label(body, SWT.NONE).setText(Messages.NewSession_regime);
            regime = new Combo(body, SWT.READ_ONLY);
            regime.add(Messages.NewSession_noRegime);
            ledger.getRegimes().forEach(each -> regime.add(each.getName()));
            regime.select(0);
            new Label(body, SWT.NONE).setText(Messages.NewSession_kind);
            kind = new Combo(body, SWT.READ_ONLY);
            StudyKind.VALUES.forEach(value -> kind.add(StudyTexts.label(value, StudyUi.locale())));
            kind.select(0);
            new Label(body, SWT.NONE).setText(Messages.NewSession_group);
            group = new Combo(body, SWT.READ_ONLY);
            group.add(Messages.NewSession_noGroup);
            ledger.getGroups().forEach(each -> group.add(each.getName()));
            group.select(0);
            new Label(body, SWT.NONE).setText(Messages.NewSession_topic);
            topic = new Text(body, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(topic);
            regime.addListener(SWT.Selection, event -> regimeChosen());
            kind.addListener(SWT.Selection, event -> kindChosen());
            date.text().addListener(SWT.Modify, event -> check());
            topic.addListener(SWT.Modify, event -> check());
            if (presetRegime != null) {
                regime.select(ledger.getRegimes().indexOf(presetRegime) + 1);
                regimeChosen();
            } else {
                kindChosen();
            }
            setControl(body);
            check();
        }

        private void regimeChosen() {
            StudyRegime chosen = regime();
            if (chosen != null) {
                kind.select(chosen.getKind().getValue());
                topic.setText(chosen.getName());
            }
            selectGroup(NewSessions.groupFor(ledger, kind(), chosen));
            check();
        }

        private void kindChosen() {
            selectGroup(NewSessions.groupFor(ledger, kind(), regime()));
            check();
        }

        private void selectGroup(StudyGroup chosen) {
            group.select(chosen == null ? 0 : ledger.getGroups().indexOf(chosen) + 1);
        }

        private void check() {
            String problem = null;
            if (DateTexts.parse(date.text().getText()) == null) {
                problem = Messages.NewSession_badDate;
            } else if (topic.getText().isBlank()) {
                problem = Messages.NewSession_noTopic;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        LocalDate date() {
            return DateTexts.parse(date.text().getText());
        }

        StudyKind kind() {
            return StudyKind.get(kind.getSelectionIndex());
        }

        StudyRegime regime() {
            return regime.getSelectionIndex() <= 0 ? null : ledger.getRegimes().get(regime.getSelectionIndex() - 1);
        }

        StudyGroup group() {
            return group.getSelectionIndex() <= 0 ? null : ledger.getGroups().get(group.getSelectionIndex() - 1);
        }

        String topic() {
            return topic.getText().strip();
        }

        public Text topicText() {
            return topic;
        }

        public Text dateText() {
            return date.text();
        }

        public Combo regimeCombo() {
            return regime;
        }

        public Combo groupCombo() {
            return group;
        }
    }
}
