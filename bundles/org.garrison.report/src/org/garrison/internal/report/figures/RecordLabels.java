package org.garrison.internal.report.figures;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.garrison.model.labels.ModelLabels;

/** A record's name as the workbench shows it, from the model's item providers (no SWT needed). */
public final class RecordLabels {

    private static final ComposedAdapterFactory FACTORY = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    private RecordLabels() {
    }

    public static synchronized String of(EObject record) {
        // A record about a person (a recruit, a militia member, an instructor) is known by the person's name.
        if (record.eClass().getEStructuralFeature("person") instanceof EReference person && !person.isMany() //$NON-NLS-1$
                && record.eGet(person) instanceof EObject who) {
            return of(who);
        }
        Object provider = FACTORY.adapt(record, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            String text = labels.getText(record);
            // The item providers prefix the kind (人员 赵一); the appendix's figure column already says it.
            String kind = ModelLabels.of(record.eClass(), Locale.getDefault()) + ' ';
            if (text != null && text.startsWith(kind) && text.length() > kind.length()) {
                return text.substring(kind.length());
            }
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return record.eClass().getName();
    }
}
