package org.garrison.internal.ui.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;

/**
 * Turns a cell's value into the text it shows and, for an edited cell, the typed text back into a
 * value of the column's attribute, with a message that says what is expected when it cannot.
 */
public class CellConverter extends DisplayConverter {

    private final CellTexts texts;
    private final EAttribute attribute;
    private final boolean emptyIsNull;

    public CellConverter(CellTexts texts, EAttribute attribute) {
        this(texts, attribute, false);
    }

    /** @param emptyIsNull whether an emptied cell gives null even for a primitive type (a score cleared) */
    public CellConverter(CellTexts texts, EAttribute attribute, boolean emptyIsNull) {
        this.texts = texts;
        this.attribute = attribute;
        this.emptyIsNull = emptyIsNull;
    }

    @Override
    public Object canonicalToDisplayValue(Object value) {
        return texts.text(value);
    }

    @Override
    public Object displayToCanonicalValue(Object display) {
        if (attribute == null || !(display instanceof String text)) {
            return display;
        }
        String typed = text.strip();
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (typed.isEmpty()) {
            return type != null && type.isPrimitive() && !emptyIsNull ? attribute.getDefaultValue() : null;
        }
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                if (typed.equals(texts.text(literal.getInstance())) || typed.equals(literal.getLiteral())) {
                    return literal.getInstance();
                }
            }
            throw new ConversionFailedException(NLS.bind(Messages.Table_notAChoice, typed));
        }
        try {
            if (type == LocalDate.class) {
                return LocalDate.parse(typed.replace('/', '-').replace('.', '-'));
            }
            if (type == String.class) {
                return typed;
            }
            return EcoreUtil.createFromString(attribute.getEAttributeType(), typed);
        } catch (DateTimeParseException e) {
            throw new ConversionFailedException(NLS.bind(Messages.Table_notADate, typed), e);
        } catch (RuntimeException e) {
            throw new ConversionFailedException(NLS.bind(Messages.Table_notANumber, typed), e);
        }
    }

    /** A check box cell's value is the boolean itself. */
    public static final class Checkbox extends DisplayConverter {

        @Override
        public Object canonicalToDisplayValue(Object value) {
            return Boolean.TRUE.equals(value);
        }

        @Override
        public Object displayToCanonicalValue(Object display) {
            return Boolean.TRUE.equals(display) || "true".equals(String.valueOf(display)); //$NON-NLS-1$
        }
    }
}
