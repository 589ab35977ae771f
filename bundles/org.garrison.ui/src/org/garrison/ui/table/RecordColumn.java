package org.garrison.ui.table;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

/**
 * One column of a {@link RecordTable}: its header, how a row's value is reached, and — for a
 * column that ends in a changeable attribute — which object and attribute an in-place edit sets;
 * or, for a cell that may have no record behind it yet (an assessment not entered), the command an
 * edit runs.
 *
 * @param header the column's title as the user reads it
 * @param value the row's value in this column (null when a step of the way is missing)
 * @param owner the object an edit changes (null when the column cannot be edited)
 * @param attribute the attribute an edit changes (null when the column cannot be edited)
 * @param width the column's initial width in pixels
 * @param edit the command an edit runs with the row and the typed value (null: a SetCommand on the owner);
 *             it may throw an IllegalArgumentException whose message the table shows
 */
public record RecordColumn(String header, Function<EObject, Object> value, Function<EObject, EObject> owner, EAttribute attribute, int width,
        BiFunction<EObject, Object, Command> edit) {

    public RecordColumn(String header, Function<EObject, Object> value, Function<EObject, EObject> owner, EAttribute attribute, int width) {
        this(header, value, owner, attribute, width, null);
    }

    /**
     * A column edited through a command of the caller's making: {@code type} says how typed text is read
     * (an empty cell gives null), {@code edit} answers the command for the row and the value.
     */
    public static RecordColumn edited(String header, Function<EObject, Object> value, EAttribute type, BiFunction<EObject, Object, Command> edit) {
        return new RecordColumn(header, value, null, type, DEFAULT_WIDTH, edit);
    }

    private static final int DEFAULT_WIDTH = 100;

    /** A read-only column computed from the row. */
    public static RecordColumn computed(String header, Function<EObject, Object> value) {
        return new RecordColumn(header, value, null, null, DEFAULT_WIDTH);
    }

    /**
     * A column that follows single references from the row to an attribute, for example
     * {@code person, name}; it can be edited in place when the attribute is changeable.
     */
    public static RecordColumn path(String header, EStructuralFeature... path) {
        List<EStructuralFeature> steps = List.of(path);
        if (steps.isEmpty() || !(steps.get(steps.size() - 1) instanceof EAttribute last)) {
            throw new IllegalArgumentException("A column's path ends in an attribute: " + steps); //$NON-NLS-1$
        }
        List<EStructuralFeature> toOwner = steps.subList(0, steps.size() - 1);
        for (EStructuralFeature step : toOwner) {
            if (!(step instanceof EReference) || step.isMany()) {
                throw new IllegalArgumentException("A column's path follows single references: " + step.getName()); //$NON-NLS-1$
            }
        }
        Function<EObject, EObject> owner = row -> {
            EObject object = row;
            for (EStructuralFeature step : toOwner) {
                object = object == null ? null : (EObject) object.eGet(step);
            }
            return object;
        };
        boolean editable = last.isChangeable() && !last.isDerived() && !last.isMany();
        return new RecordColumn(header, row -> {
            EObject object = owner.apply(row);
            return object == null ? null : object.eGet(last);
        }, editable ? owner : null, editable ? last : null, DEFAULT_WIDTH);
    }

    /** A {@link #path(String, EStructuralFeature...) path} column headed by its attribute's name in the model's item providers. */
    public static RecordColumn path(ComposedAdapterFactory items, EStructuralFeature... path) {
        EStructuralFeature last = path[path.length - 1];
        EClass owner = path.length > 1 ? ((EReference) path[path.length - 2]).getEReferenceType() : last.getEContainingClass();
        return path(nameOf(items, owner, last), path);
    }

    /** A feature's name as the model's item providers give it (e.g. 身份证号), or its Ecore name. */
    public static String nameOf(ComposedAdapterFactory items, EClass owner, EStructuralFeature feature) {
        if (!owner.isAbstract()) {
            EObject prototype = EcoreUtil.create(owner);
            IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items).getPropertyDescriptor(prototype, feature);
            if (descriptor != null) {
                return descriptor.getDisplayName(prototype);
            }
        }
        return org.garrison.model.labels.ModelLabels.of(feature, java.util.Locale.getDefault());
    }

    public RecordColumn width(int pixels) {
        return new RecordColumn(header, value, owner, attribute, pixels, edit);
    }

    /** The same column, never edited in place. */
    public RecordColumn readOnly() {
        return new RecordColumn(header, value, null, null, width, null);
    }

    public boolean editable() {
        return attribute != null;
    }
}
