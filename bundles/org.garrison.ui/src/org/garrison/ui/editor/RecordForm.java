package org.garrison.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.Messages;

/**
 * The form of one record in an area's editor: each field a label with the model's name for it and a
 * control bound to the record ({@link FieldBinding}: every edit a command, every change shown), short
 * lists as {@link RecordChoiceField}s. The editor lays the fields out; the form keeps them for
 * {@link #reset()} after a revert.
 */
public final class RecordForm {

    private static final int FIELD_WIDTH = 160;

    private final EditingDomain domain;
    private final EObject record;
    private final ComposedAdapterFactory items;
    private final Runnable afterChange;
    private final List<FieldBinding> fields = new ArrayList<>();

    public RecordForm(EditingDomain domain, EObject record, ComposedAdapterFactory items, Runnable afterChange) {
        this.domain = domain;
        this.record = record;
        this.items = items;
        this.afterChange = afterChange;
    }

    /** The feature's name as the model's item providers give it (训练类别), or its Ecore name. */
    public String nameOf(EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items).getPropertyDescriptor(record, feature);
        return descriptor == null ? org.garrison.model.labels.ModelLabels.of(feature, java.util.Locale.getDefault()) : descriptor.getDisplayName(record);
    }

    /** The feature's name and a colon, as a label before its control. */
    public Label label(Composite parent, EStructuralFeature feature) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(nameOf(feature) + Messages.Editor_colon);
        return label;
    }

    /** A label and the attribute's control (a list for an enumeration, a date field, a check box or text), spanning columns. */
    public Control field(Composite parent, EAttribute attribute, int span) {
        label(parent, attribute);
        IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items).getPropertyDescriptor(record, attribute);
        Control control = FieldBinding.createControl(parent, record, attribute, descriptor);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(control);
        bind(attribute, control);
        return control;
    }

    /** A label and a text of several lines for the attribute (a summary, what was done). */
    public Text longText(Composite parent, EAttribute attribute, int span, int height) {
        label(parent, attribute);
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(SWT.DEFAULT, height).applyTo(text);
        bind(attribute, text);
        return text;
    }

    /** A label and a choice among the few records an editor holds (a batch's plan). */
    public RecordChoiceField choice(Composite parent, EReference reference, List<? extends EObject> values, Function<EObject, String> name) {
        label(parent, reference);
        RecordChoiceField choice = new RecordChoiceField(parent, domain, record, reference, values, name, afterChange);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(choice.control());
        return choice;
    }

    private void bind(EAttribute attribute, Control control) {
        control.setData("name", attribute.getName()); //$NON-NLS-1$
        fields.add(new FieldBinding(domain, record, attribute, nameOf(attribute), control, afterChange));
    }

    public List<FieldBinding> fields() {
        return List.copyOf(fields);
    }

    /** Shows the record's values again, dropping text never applied (after a revert). */
    public void reset() {
        fields.forEach(FieldBinding::reset);
    }
}
