package org.garrison.internal.mobilization.ui.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.garrison.internal.mobilization.ui.Ledgers;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.validation.RecordValidation;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * Adds a militia member: name, identity number, unit, category and join date, checked as the
 * store will check them while typing; a person already stored (same identity number) is reused.
 */
public class NewMemberWizard extends Wizard implements INewWizard {

    private StoreSession session;
    private District district;
    private final List<MilitiaUnit> units = new ArrayList<>();
    private final MemberPage page = new MemberPage();
    private MilitiaMember created;

    public NewMemberWizard() {
        setWindowTitle(Messages.NewMember_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        session = GarrisonUI.getStore().openSession();
        try {
            List<MobilizationLedger> ledgers = Ledgers.read(session);
            units.addAll(Ledgers.units(ledgers));
            district = ledgers.isEmpty() ? null : ledgers.get(0).getDistrict();
        } catch (StoreException e) {
            page.setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        MilitiaMember member = page.member();
        if (member == null) {
            return false;
        }
        Person person = member.getPerson();
        Person stored = district.getPersons().stream().filter(p -> p.getIdentityNumber().equals(person.getIdentityNumber())).findFirst().orElse(null);
        if (stored != null) {
            member.setPerson(stored);
        } else {
            district.getPersons().add(person);
        }
        page.unit().getMembers().add(member);
        try {
            session.commit();
        } catch (StoreException e) {
            session.rollback();
            MessageDialog.openError(getShell(), Messages.NewMember_title, e.getMessage());
            return false;
        }
        created = member;
        return true;
    }

    /** The member added (after Finish). */
    public MilitiaMember created() {
        return created;
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.close();
        }
        super.dispose();
    }

    /** The page's fields, in order: name, identity number, unit, category, join date (tests). */
    public List<org.eclipse.swt.widgets.Control> fields() {
        return List.of(page.name, page.identity, page.unit, page.category, page.joined);
    }

    private final class MemberPage extends WizardPage {

        private Text name;
        private Text identity;
        private Combo unit;
        private Combo category;
        private Text joined;

        MemberPage() {
            super("member"); //$NON-NLS-1$
            setTitle(Messages.NewMember_title);
            setDescription(Messages.NewMember_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            Locale locale = Locale.getDefault();
            name = text(body, ModelLabels.of(CorePackage.Literals.PERSON__NAME, locale));
            identity = text(body, ModelLabels.of(CorePackage.Literals.PERSON__IDENTITY_NUMBER, locale));
            new Label(body, SWT.NONE).setText(ModelLabels.of(MobilizationPackage.Literals.MILITIA_MEMBER__UNIT, locale) + Messages.Muster_colon);
            unit = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            units.forEach(u -> unit.add(qualified(u)));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
            unit.addListener(SWT.Selection, event -> check());
            new Label(body, SWT.NONE).setText(ModelLabels.of(MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY, locale) + Messages.Muster_colon);
            category = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            for (MilitiaCategory value : MilitiaCategory.VALUES) {
                category.add(ModelLabels.of(value, locale));
            }
            category.select(MilitiaCategory.ORDINARY_VALUE);
            joined = text(body, ModelLabels.of(MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE, locale));
            joined.setText(LocalDate.now().toString());
            setControl(body);
            setPageComplete(false);
        }

        private Text text(Composite body, String label) {
            new Label(body, SWT.NONE).setText(label + Messages.Muster_colon);
            Text text = new Text(body, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
            text.addModifyListener(event -> check());
            return text;
        }

        private String qualified(MilitiaUnit militiaUnit) {
            List<String> names = new ArrayList<>();
            for (OrgUnit org = militiaUnit.getOrgUnit(); org != null; org = org.getParent()) {
                names.add(0, org.getName());
            }
            names.add(militiaUnit.getName());
            return String.join(" / ", names.subList(Math.min(1, names.size() - 1), names.size())); //$NON-NLS-1$
        }

        MilitiaUnit unit() {
            return units.get(unit.getSelectionIndex());
        }

        /** The member as typed, or null with the first problem shown. */
        MilitiaMember member() {
            if (name.getText().isBlank() || identity.getText().isBlank() || unit.getSelectionIndex() < 0) {
                setErrorMessage(null);
                setMessage(Messages.NewMember_fill);
                return null;
            }
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName(name.getText().strip());
            person.setIdentityNumber(identity.getText().strip().toUpperCase(Locale.ROOT));
            MilitiaMember member = MobilizationFactory.eINSTANCE.createMilitiaMember();
            member.setPerson(person);
            member.setCategory(MilitiaCategory.get(category.getSelectionIndex()));
            try {
                member.setJoinDate(LocalDate.parse(joined.getText().strip()));
            } catch (DateTimeParseException e) {
                setErrorMessage(NLS.bind(Messages.Import_notADate, joined.getText()));
                return null;
            }
            for (MilitiaUnit militiaUnit : units) {
                for (MilitiaMember existing : militiaUnit.getMembers()) {
                    if (existing.getPerson().getIdentityNumber().equals(person.getIdentityNumber())) {
                        setErrorMessage(NLS.bind(Messages.NewMember_already, existing.getPerson().getName(), militiaUnit.getName()));
                        return null;
                    }
                }
            }
            for (Object record : List.of(person, member)) {
                for (Diagnostic problem : RecordValidation.validate((org.eclipse.emf.ecore.EObject) record).getChildren()) {
                    if (problem.getSeverity() >= Diagnostic.ERROR) {
                        setErrorMessage(problem.getMessage());
                        return null;
                    }
                }
            }
            setErrorMessage(null);
            setMessage(null);
            return member;
        }

        private void check() {
            setPageComplete(member() != null);
        }
    }
}
