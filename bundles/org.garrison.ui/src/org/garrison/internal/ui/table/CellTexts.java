package org.garrison.internal.ui.table;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.RecordNames;

/**
 * How a cell's value reads: enumeration literals as the model's item providers name them
 * (民兵类别 基干 rather than CORE), booleans as 是/否, records by their names, dates as ISO dates.
 */
public final class CellTexts {

    private final ComposedAdapterFactory items;
    private final Map<Enumerator, String> literalNames = new HashMap<>();

    public CellTexts(ComposedAdapterFactory items) {
        this.items = items;
    }

    public String text(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Boolean flag) {
            return flag ? Messages.Table_yes : Messages.Table_no;
        }
        if (value instanceof Enumerator literal) {
            // literals the item providers named (learnLiterals), else as the model's labels name them
            return literalNames.computeIfAbsent(literal, l -> org.garrison.model.labels.ModelLabels.of(l, java.util.Locale.getDefault()));
        }
        if (value instanceof EObject record) {
            return RecordNames.of(record, items);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            // 92 and 1.5 as people write them, not 92.0
            return java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** Learns how an attribute's enumeration literals are named, from the item provider of an object that has it. */
    public void learnLiterals(EObject owner, EAttribute attribute) {
        if (!(attribute.getEAttributeType() instanceof EEnum eEnum) || owner == null
                || literalNames.containsKey(eEnum.getELiterals().get(0).getInstance())) {
            return;
        }
        IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items).getPropertyDescriptor(owner, attribute);
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            literalNames.put(literal.getInstance(), descriptor == null ? org.garrison.model.labels.ModelLabels.of(literal.getInstance(), java.util.Locale.getDefault())
                    : descriptor.getLabelProvider(owner).getText(literal.getInstance()));
        }
    }
}
