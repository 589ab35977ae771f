package org.garrison.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.Messages;

/**
 * One attribute of a record and its control: the user's edit becomes a SetCommand on the editing
 * domain (so it can be undone), and every change of the attribute (an edit, an undo, a redo) shows
 * in the control. Text that is not a value of the attribute's type is marked, not applied.
 */
public final class FieldBinding extends AdapterImpl {

    private final EditingDomain domain;
    private final EObject record;
    private final EAttribute attribute;
    private final Control control;
    private final ControlDecoration decoration;
    private final Runnable afterChange;
    private String conversionProblem;
    private String validationProblem;

    private final String label;

    /**
     * A control fit for the attribute: a read-only combo of its enumeration's literals (named by the
     * item provider's descriptor), a check box for a boolean, a {@link DateField} for a date, else a text field.
     */
    public static Control createControl(Composite parent, EObject record, EAttribute attribute, IItemPropertyDescriptor descriptor) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                combo.add(descriptor == null ? org.garrison.model.labels.ModelLabels.of(literal.getInstance(), java.util.Locale.getDefault()) : descriptor.getLabelProvider(record).getText(literal.getInstance()));
            }
            return combo;
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Button(parent, SWT.CHECK);
        }
        if (type == java.time.LocalDate.class) {
            return new DateField(parent);
        }
        return new Text(parent, SWT.BORDER | SWT.SINGLE);
    }

    public FieldBinding(EditingDomain domain, EObject record, EAttribute attribute, String label, Control control, Runnable afterChange) {
        this.label = label;
        this.domain = domain;
        this.record = record;
        this.attribute = attribute;
        this.control = control;
        this.afterChange = afterChange;
        this.decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
        show();
        listen();
        record.eAdapters().add(this);
        control.addDisposeListener(event -> record.eAdapters().remove(this));
    }

    /** The record whose attribute the field shows. */
    public EObject record() {
        return record;
    }

    public String label() {
        return label;
    }

    public EAttribute attribute() {
        return attribute;
    }

    public Control control() {
        return control;
    }

    /** The field's problem for the user, or null: text that is no value first, then the model's validation. */
    public String problem() {
        return conversionProblem != null ? conversionProblem : validationProblem;
    }

    /** Shows the record's value again, dropping text that was never applied. */
    public void reset() {
        conversionProblem = null;
        show();
    }

    public void validationProblem(String message) {
        validationProblem = message;
        decorate();
    }

    private void listen() {
        switch (control) {
            case Text text -> {
                text.addListener(SWT.DefaultSelection, event -> apply(text.getText()));
                text.addListener(SWT.FocusOut, event -> apply(text.getText()));
            }
            case DateField date -> {
                date.text().addListener(SWT.DefaultSelection, event -> apply(date.text().getText()));
                date.text().addListener(SWT.FocusOut, event -> apply(date.text().getText()));
                date.onPicked(this::applyValue);
            }
            case Combo combo -> combo.addListener(SWT.Selection, event -> applyValue(literal(combo.getSelectionIndex())));
            case Button check -> check.addListener(SWT.Selection, event -> applyValue(check.getSelection()));
            default -> throw new IllegalStateException(control.toString());
        }
    }

    private void apply(String text) {
        Object value;
        try {
            value = text.isBlank() ? null
                    : attribute.getEAttributeType().getInstanceClass() == java.time.LocalDate.class ? DateTexts.parse(text)
                    : EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
            conversionProblem = null;
        } catch (RuntimeException e) {
            conversionProblem = NLS.bind(attribute.getEAttributeType().getInstanceClass() == java.time.LocalDate.class
                    ? Messages.Date_notADate : Messages.Editor_notAValue, text.strip());
            decorate();
            afterChange.run();
            return;
        }
        applyValue(value);
    }

    private void applyValue(Object value) {
        Object current = record.eGet(attribute);
        if (value == null ? current == null || attribute.getDefaultValue() == current && !record.eIsSet(attribute) : value.equals(current)) {
            show(); // the same value, as the field writes it (2026-3-6 reads 2026-03-06)
            return;
        }
        Command set = SetCommand.create(domain, record, attribute, value == null ? SetCommand.UNSET_VALUE : value);
        if (set.canExecute()) {
            domain.getCommandStack().execute(set);
        }
    }

    private Object literal(int index) {
        if (index < 0) {
            return null;
        }
        EEnumLiteral literal = ((EEnum) attribute.getEAttributeType()).getELiterals().get(index);
        return literal.getInstance();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == attribute && !control.isDisposed()) {
            conversionProblem = null;
            show();
            afterChange.run();
        }
    }

    private void show() {
        Object value = record.eGet(attribute);
        switch (control) {
            case Text text -> {
                String shown = value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value); //$NON-NLS-1$
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
            }
            case DateField date -> {
                String shown = DateTexts.format((java.time.LocalDate) value);
                if (!date.text().getText().equals(shown)) {
                    date.text().setText(shown);
                }
            }
            case Combo combo -> {
                int index = value == null ? -1 : ((EEnum) attribute.getEAttributeType()).getELiterals().indexOf(
                        ((EEnum) attribute.getEAttributeType()).getEEnumLiteral(((org.eclipse.emf.common.util.Enumerator) value).getValue()));
                if (index < 0) {
                    combo.deselectAll();
                } else {
                    combo.select(index);
                }
            }
            case Button check -> check.setSelection(Boolean.TRUE.equals(value));
            default -> throw new IllegalStateException(control.toString());
        }
        decorate();
    }

    private void decorate() {
        if (control.isDisposed()) {
            return;
        }
        String problem = problem();
        if (problem == null) {
            decoration.hide();
        } else {
            decoration.setDescriptionText(problem);
            decoration.show();
        }
    }
}
