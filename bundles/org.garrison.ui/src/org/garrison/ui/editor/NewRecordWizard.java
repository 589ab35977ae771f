package org.garrison.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.areas.AreaDescriptor;
import org.garrison.internal.ui.areas.AreaRegistry;
import org.garrison.internal.ui.areas.RecordsDescriptor;
import org.garrison.model.validation.RecordValidation;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * New (Ctrl+N) for a kind of record that needs no wizard of its own: one page with a field per
 * attribute staff type and per single reference, labelled as the model names them, the model's
 * validation message shown until the record is valid; Finish adds the record to its container (the
 * first stored root that holds such records, e.g. the study ledger) in one transaction and opens it
 * in the kind's editor. An area names a subclass as the kind's {@code newWizard}:
 * <pre>
 * public class NewRegimeWizard extends NewRecordWizard {
 *     public NewRegimeWizard() { super(StudyPackage.Literals.STUDY_LEDGER__REGIMES); }
 * }
 * </pre>
 * and may override {@link #prepare(EObject)} to fill in defaults.
 */
public class NewRecordWizard extends Wizard implements INewWizard {

    private final EReference containment;
    private final ComposedAdapterFactory items = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private StoreSession session;
    private EObject container;
    private EObject record;
    private AdapterFactoryEditingDomain domain;
    private IWorkbench workbench;
    private FieldsPage page;
    private EObject created;

    /** @param containment the many-valued containment that holds the new record (its container a stored root class) */
    protected NewRecordWizard(EReference containment) {
        this(containment, containment.getEReferenceType());
    }

    private NewRecordWizard(EReference containment, org.eclipse.emf.ecore.EClass kind) {
        this.containment = containment;
        this.kind = kind;
        setWindowTitle(NLS.bind(Messages.NewRecord_title, className()));
    }

    /** New for a kind an area contributes without a wizard of its own: the record goes into the containment, a field per attribute. */
    public static NewRecordWizard forKind(EReference containment, org.eclipse.emf.ecore.EClass kind) {
        return new NewRecordWizard(containment, kind);
    }

    /** Garrison's wizard for a kind whose records stand on their own (no list holds them): Finish stores the record as a root. */
    public static NewRecordWizard forRoot(org.eclipse.emf.ecore.EClass kind) {
        return new NewRecordWizard(null, kind);
    }

    private final org.eclipse.emf.ecore.EClass kind;

    private String className() {
        return org.garrison.model.labels.ModelLabels.of(kind, java.util.Locale.getDefault());
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
    }

    /** Defaults of a new record (today's date, this year); nothing by default. */
    protected void prepare(EObject newRecord) {
    }

    @Override
    public void addPages() {
        session = GarrisonUI.getStore().openSession();
        try {
            if (containment != null) {
                List<EObject> roots = session.loadRoots(containment.getEContainingClass());
                container = roots.isEmpty() ? null : roots.get(0);
            }
        } catch (StoreException e) {
            MessageDialog.openError(getShell(), getWindowTitle(), e.getMessage());
        }
        record = EcoreUtil.create(kind);
        prepare(record);
        domain = new AdapterFactoryEditingDomain(items, new BasicCommandStack(), session.resourceSet());
        page = new FieldsPage();
        domain.getCommandStack().addCommandStackListener(event -> {
            if (page.getControl() != null && !page.getControl().isDisposed()) {
                page.check();
            }
        });
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return (containment == null || container != null) && page.problem() == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean performFinish() {
        List<EObject> list = containment == null ? null : (List<EObject>) container.eGet(containment);
        if (list == null) {
            session.add(record);
        } else {
            list.add(record);
        }
        try {
            session.commit();
        } catch (StoreException e) {
            if (list != null) {
                list.remove(record);
            }
            session.rollback();
            MessageDialog.openError(getShell(), getWindowTitle(), e.getMessage());
            return false;
        }
        created = record;
        openEditor();
        return true;
    }

    private void openEditor() {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null || session.idOf(record).isEmpty()) {
            return;
        }
        String editor = RecordsDescriptor.DEFAULT_EDITOR;
        for (AreaDescriptor area : AreaRegistry.read(Platform.getExtensionRegistry())) {
            for (RecordsDescriptor kind : area.records()) {
                if (kind.eClass() == record.eClass() && kind.editor() != null) {
                    editor = kind.editor();
                }
            }
        }
        try {
            workbench.getActiveWorkbenchWindow().getActivePage()
                    .openEditor(new RecordEditorInput(session.idOf(record).getAsLong(), record.eClass(), page.name()), editor);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), getWindowTitle(), e.getMessage());
        }
    }

    /** The record stored by Finish (null before). */
    public EObject created() {
        return created;
    }

    /** The record being filled in. */
    public EObject record() {
        return record;
    }

    public FieldsPage page() {
        return page;
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.close();
        }
        items.dispose();
        super.dispose();
    }

    /** The fields of the new record. */
    public final class FieldsPage extends WizardPage {

        private final List<FieldBinding> fields = new ArrayList<>();

        FieldsPage() {
            super("fields"); //$NON-NLS-1$
            setTitle(getWindowTitle());
            setDescription(Messages.NewRecord_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            if (containment != null && container == null) {
                new Label(body, SWT.WRAP).setText(Messages.NewRecord_noContainer);
                setControl(body);
                setPageComplete(false);
                return;
            }
            IItemPropertySource properties = (IItemPropertySource) items.adapt(record, IItemPropertySource.class);
            for (EAttribute attribute : record.eClass().getEAllAttributes()) {
                if (attribute.isMany() || attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()
                        || attribute.getEAttributeType().getInstanceClass() == byte[].class
                        || "Record".equals(attribute.getEContainingClass().getName())) { //$NON-NLS-1$
                    continue;
                }
                IItemPropertyDescriptor descriptor = properties == null ? null : properties.getPropertyDescriptor(record, attribute);
                String name = descriptor == null ? org.garrison.model.labels.ModelLabels.of(attribute, java.util.Locale.getDefault()) : descriptor.getDisplayName(record);
                new Label(body, SWT.NONE).setText(name + Messages.Editor_colon);
                Control control = FieldBinding.createControl(body, record, attribute, descriptor);
                control.setData("name", attribute.getName()); //$NON-NLS-1$
                GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(control);
                fields.add(new FieldBinding(domain, record, attribute, name, control, this::check));
                // a wizard has no undo to keep tidy: the record follows every keystroke, so Finish is offered as soon as it may be
                Text typed = control instanceof Text text ? text : control instanceof DateField date ? date.text() : null;
                if (typed != null) {
                    typed.addListener(SWT.Modify, event -> typed.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
                }
            }
            for (EReference reference : record.eClass().getEAllReferences()) {
                if (reference.isMany() || reference.isContainment() || reference.isContainer() || !reference.isChangeable()) {
                    continue;
                }
                IItemPropertyDescriptor descriptor = properties == null ? null : properties.getPropertyDescriptor(record, reference);
                new Label(body, SWT.NONE).setText((descriptor == null ? org.garrison.model.labels.ModelLabels.of(reference, java.util.Locale.getDefault()) : descriptor.getDisplayName(record)) + Messages.Editor_colon);
                ReferenceField field = new ReferenceField(body, domain, session, record, reference, this::check);
                GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(field.control());
            }
            setControl(body);
            check();
        }

        /** The first thing wrong with the record, as the model says it; null when it can be stored. */
        String problem() {
            for (FieldBinding field : fields) {
                if (field.problem() != null) {
                    return field.label() + Messages.Editor_colon + field.problem();
                }
            }
            for (Diagnostic child : RecordValidation.validate(record).getChildren()) {
                if (child.getSeverity() >= Diagnostic.ERROR) {
                    return child.getMessage();
                }
            }
            return null;
        }

        private boolean touched;

        private void check() {
            String problem = problem();
            // what is still missing is a hint until the user starts typing, then an error
            if (touched) {
                setErrorMessage(problem);
            } else {
                setMessage(problem == null ? Messages.NewRecord_description : problem, problem == null ? NONE : INFORMATION);
            }
            touched = touched || getControl() != null;
            setPageComplete(problem == null);
            if (getContainer() != null && getContainer().getCurrentPage() != null) {
                getContainer().updateButtons();
            }
        }

        /** What the new record is called in the editor's tab: its first text field. */
        String name() {
            for (FieldBinding field : fields) {
                if (record.eGet(field.attribute()) instanceof String text && !text.isBlank()) {
                    return text;
                }
            }
            return getWindowTitle();
        }

        public List<FieldBinding> fields() {
            return fields;
        }
    }
}
