package org.garrison.internal.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.RecordNames;
import org.garrison.model.validation.RecordValidation;
import org.garrison.ui.chooser.RecordChooser;
import org.garrison.model.core.Record;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.FieldBinding;
import org.garrison.ui.editor.ReferenceField;
import org.garrison.ui.editor.ReferenceListField;
import org.garrison.ui.editor.StoreEditorPart;
import org.garrison.ui.GarrisonUI;

/**
 * Edits one stored record in its own store session: a field per attribute, labelled as the
 * model's item providers name it; every edit an EMF command (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y);
 * validation shown at the field; Save commits the session, and is refused while errors remain.
 */
public class RecordEditor extends StoreEditorPart {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".recordEditor"; //$NON-NLS-1$

    private final List<FieldBinding> fields = new ArrayList<>();
    private final List<ContainedRecords> contained = new ArrayList<>();
    private EObject record;
    private Label header;
    private AttachmentsSection attachments;

    @Override
    protected void opened(IEditorInput input) throws PartInitException {
        record = storedRecord(input, EObject.class);
    }

    @Override
    protected void createContents(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(16, 6).applyTo(body);
        header = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(header);
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (isPersonOfRecord(reference) && record.eGet(reference) instanceof EObject person) {
                continue; // shown below, field by field
            }
            if (reference.isContainment() || reference.isDerived() || reference.isContainer() && reference.getEOpposite() == null) {
                continue;
            }
            boolean choosable = reference.isChangeable() && RecordChooser.canChoose(reference.getEReferenceType());
            Label label = new Label(body, SWT.NONE);
            label.setText(nameOf(record, reference) + Messages.Editor_colon);
            if (reference.isMany() && choosable) {
                GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(label);
                ReferenceListField list = new ReferenceListField(body, domain(), session(), record, reference, this::validate);
                list.control().setData("name", reference.getName()); //$NON-NLS-1$
                GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(8, 0).applyTo(list.control());
            } else if (!reference.isMany() && choosable) {
                ReferenceField field = new ReferenceField(body, domain(), session(), record, reference, this::validate);
                field.control().setData("name", reference.getName()); //$NON-NLS-1$
                GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(8, 0).applyTo(field.control());
            } else if (!reference.isMany()) {
                Text shown = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.READ_ONLY);
                shown.setText(RecordNames.of((EObject) record.eGet(reference), items()));
                GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(8, 0).applyTo(shown);
            } else {
                label.dispose();
            }
        }
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (isPersonOfRecord(reference) && record.eGet(reference) instanceof EObject person) {
                addFields(body, person);
            }
        }
        addFields(body, record);
        for (EReference reference : record.eClass().getEAllContainments()) {
            if (reference.isMany() && !"attachments".equals(reference.getName())) { //$NON-NLS-1$
                contained.add(new ContainedRecords(body, domain(), items(), record, reference, nameOf(record, reference)));
            }
        }
        if (record instanceof Record stored) {
            attachments = new AttachmentsSection(body, domain(), session(), stored);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(attachments.control());
        }
        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        validate();
        installGlobalActions();
    }

    /** A field for every attribute staff type, of the record or of the person it is about. */
    private void addFields(Composite body, EObject owner) {
        IItemPropertySource properties = (IItemPropertySource) items().adapt(owner, IItemPropertySource.class);
        for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
            if (attribute.isMany() || attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()
                    || attribute.getEAttributeType().getInstanceClass() == byte[].class || isAudit(attribute)) {
                continue;
            }
            IItemPropertyDescriptor descriptor = properties == null ? null : properties.getPropertyDescriptor(owner, attribute);
            String name = descriptor == null ? org.garrison.model.labels.ModelLabels.of(attribute, java.util.Locale.getDefault()) : descriptor.getDisplayName(owner);
            new Label(body, SWT.NONE).setText(name + Messages.Editor_colon);
            Control control = FieldBinding.createControl(body, owner, attribute, descriptor);
            control.setData("name", attribute.getName()); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(12, 0).applyTo(control);
            fields.add(new FieldBinding(domain(), owner, attribute, name, control, this::validate));
        }
        for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
            if (attribute.isMany() && attribute.isChangeable() && !attribute.isDerived()
                    && attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
                addChoices(body, owner, attribute, eEnum);
            }
        }
        for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
            if (attribute.isDerived() && !attribute.isMany()) {
                new Label(body, SWT.NONE).setText(nameOf(owner, attribute) + Messages.Editor_colon);
                Text shown = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.READ_ONLY);
                GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(12, 0).applyTo(shown);
                computed.add(new Computed(owner, attribute, shown));
            }
        }
        showComputed();
    }

    /** A set of an enumeration's values (a study group's kinds of study): a check box each, each click one command. */
    private void addChoices(Composite body, EObject owner, EAttribute attribute, org.eclipse.emf.ecore.EEnum eEnum) {
        IItemPropertySource properties = (IItemPropertySource) items().adapt(owner, IItemPropertySource.class);
        IItemPropertyDescriptor descriptor = properties == null ? null : properties.getPropertyDescriptor(owner, attribute);
        new Label(body, SWT.NONE).setText(nameOf(owner, attribute) + Messages.Editor_colon);
        Composite boxes = new Composite(body, SWT.NONE);
        boxes.setData("name", attribute.getName()); //$NON-NLS-1$
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout();
        row.marginLeft = 0;
        boxes.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(12, 0).applyTo(boxes);
        List<org.eclipse.swt.widgets.Button> buttons = new ArrayList<>();
        for (org.eclipse.emf.ecore.EEnumLiteral literal : eEnum.getELiterals()) {
            org.eclipse.swt.widgets.Button box = new org.eclipse.swt.widgets.Button(boxes, SWT.CHECK);
            box.setText(descriptor == null ? org.garrison.model.labels.ModelLabels.of(literal.getInstance(), java.util.Locale.getDefault()) : descriptor.getLabelProvider(owner).getText(literal.getInstance()));
            box.setData(literal.getInstance());
            box.addListener(SWT.Selection, event -> {
                List<?> values = (List<?>) owner.eGet(attribute);
                if (box.getSelection() != values.contains(literal.getInstance())) {
                    domain().getCommandStack().execute(box.getSelection()
                            ? org.eclipse.emf.edit.command.AddCommand.create(domain(), owner, attribute, literal.getInstance())
                            : org.eclipse.emf.edit.command.RemoveCommand.create(domain(), owner, attribute, literal.getInstance()));
                }
            });
            buttons.add(box);
        }
        Runnable show = () -> buttons.forEach(box -> {
            if (!box.isDisposed()) {
                box.setSelection(((List<?>) owner.eGet(attribute)).contains(box.getData()));
            }
        });
        show.run();
        choiceSets.add(show);
    }

    private final List<Runnable> choiceSets = new ArrayList<>();

    /** A value the model computes (age and sex from the identity number, a cadre's meeting attendance), shown, not typed. */
    private record Computed(EObject owner, EAttribute attribute, Text shown) {
    }

    private final List<Computed> computed = new ArrayList<>();

    private void showComputed() {
        org.garrison.internal.ui.table.CellTexts texts = new org.garrison.internal.ui.table.CellTexts(items());
        for (Computed value : computed) {
            if (!value.shown().isDisposed()) {
                Object current = value.owner().eGet(value.attribute());
                value.shown().setText(current instanceof Double rate && value.attribute().getName().endsWith("Rate") //$NON-NLS-1$
                        ? String.format("%.1f%%", rate * 100) : texts.text(current)); //$NON-NLS-1$
            }
        }
    }

    private String nameOf(EObject owner, EStructuralFeature feature) {
        IItemPropertySource properties = (IItemPropertySource) items().adapt(owner, IItemPropertySource.class);
        IItemPropertyDescriptor descriptor = properties == null ? null : properties.getPropertyDescriptor(owner, feature);
        return descriptor == null ? org.garrison.model.labels.ModelLabels.of(feature, java.util.Locale.getDefault()) : descriptor.getDisplayName(owner);
    }

    /**
     * A record about one person (a militia member, a recruit, a cadre) is edited with that person's
     * fields: staff see the member's name and identity number as the member's own.
     */
    private static boolean isPersonOfRecord(EReference reference) {
        return !reference.isMany() && !reference.isContainment() && reference.isRequired()
                && reference.getEReferenceType() == org.garrison.model.core.CorePackage.Literals.PERSON;
    }

    /** Who created and changed a record, and when, is the record's history, not something staff type. */
    static boolean isAudit(EAttribute attribute) {
        return "Record".equals(attribute.getEContainingClass().getName()) //$NON-NLS-1$
                && java.util.Set.of("createdBy", "createdAt", "changedBy", "changedAt").contains(attribute.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Puts every error the model's validation finds at its field, the rest in the header. */
    private void validate() {
        List<String> elsewhere = new ArrayList<>();
        fields.forEach(field -> field.validationProblem(null));
        List<Diagnostic> found = new ArrayList<>(RecordValidation.validate(record).getChildren());
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (isPersonOfRecord(reference) && record.eGet(reference) instanceof EObject person) {
                found.addAll(RecordValidation.validate(person).getChildren());
            }
        }
        for (Diagnostic child : found) {
            if (child.getSeverity() < Diagnostic.ERROR) {
                continue;
            }
            FieldBinding field = child.getData().size() > 1 && child.getData().get(1) instanceof EStructuralFeature feature
                    ? fields.stream().filter(f -> f.attribute() == feature && f.record() == child.getData().get(0)).findFirst().orElse(null)
                    : null;
            if (field != null && field.problem() == null) {
                field.validationProblem(child.getMessage());
            } else if (field == null) {
                elsewhere.add(child.getMessage());
            }
        }
        recordProblems = List.copyOf(elsewhere);
        List<String> all = shownProblems().stream().map(Problem::message).toList();
        firePropertyChange(PROP_PROBLEMS);
        if (header != null && !header.isDisposed()) {
            header.setText(all.isEmpty() ? "" : NLS.bind(Messages.Editor_problems, String.join("\n", all))); //$NON-NLS-1$ //$NON-NLS-2$
            header.getParent().layout(true);
        }
    }

    /** Property id told to listeners when the editor's problems change (the problems view follows it). */
    public static final int PROP_PROBLEMS = 0x401;

    /** One problem: the field it belongs to (null for the record as a whole), its message, and where to go to fix it. */
    public record Problem(String field, String message, Control control) {
    }

    private List<String> recordProblems = List.of();

    /** The problems shown now, field by field, then those of the record as a whole. */
    public List<Problem> shownProblems() {
        List<Problem> shown = new ArrayList<>();
        for (FieldBinding field : fields) {
            if (field.problem() != null) {
                shown.add(new Problem(field.label(), field.problem(), field.control()));
            }
        }
        recordProblems.forEach(message -> shown.add(new Problem(null, message, null)));
        return shown;
    }

    /** The problems that keep the record from being saved, as the user reads them. */
    @Override
    public List<String> problems() {
        validate();
        return shownProblems().stream().map(Problem::message).toList();
    }

    @Override
    protected void commandStackChanged() {
        choiceSets.forEach(Runnable::run);
        contained.forEach(ContainedRecords::refresh);
        showComputed();
    }

    @Override
    protected void reverted() {
        choiceSets.forEach(Runnable::run);
        contained.forEach(ContainedRecords::refresh);
        showComputed();
        fields.forEach(FieldBinding::reset);
        validate();
        if (header != null && !header.isDisposed() && header.getText().isEmpty()) {
            header.setText(Messages.Editor_reverted);
            header.getParent().layout(true);
        }
    }

    @Override
    protected void saveRefused(List<String> problems) {
        header.setText(NLS.bind(Messages.Editor_notSaved, String.join("\n", problems))); //$NON-NLS-1$
        header.getParent().layout(true);
    }

    @Override
    public void setFocus() {
        if (!fields.isEmpty()) {
            fields.get(0).control().setFocus();
        }
    }

    /** The record's attachments section; null for a record that is no core Record. */
    public AttachmentsSection attachments() {
        return attachments;
    }

    /** The record being edited (for tests and for views that follow the active editor). */
    public EObject record() {
        return record;
    }
}
