package org.garrison.ui.chooser;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.RecordNames;
import org.garrison.internal.ui.table.CellTexts;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.query.FeaturePath;

/** Columns that choosers share: a feature along a path (headed by the model's label), a person's age. */
public final class ChooserColumns {

    private static final ComposedAdapterFactory ITEMS = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private static final CellTexts TEXTS = new CellTexts(ITEMS);

    private ChooserColumns() {
    }

    /** The value at the end of the path (a member's {@code person.name}, {@code unit.orgUnit}), headed by the last feature's label. */
    public static ChooserColumn of(FeaturePath path, int widthInChars) {
        return new ChooserColumn(ModelLabels.of(path.last(), Locale.getDefault()), widthInChars, found -> text(follow(found, path)));
    }

    public static ChooserColumn of(EStructuralFeature feature, int widthInChars) {
        return of(FeaturePath.of(feature), widthInChars);
    }

    /** The age in years today of the person at the end of the path (empty path: the record is the person). */
    public static ChooserColumn age(FeaturePath toPerson) {
        return new ChooserColumn(Messages.Chooser_age, 4, found -> {
            Object person = toPerson == null ? found : follow(found, toPerson);
            LocalDate born = person instanceof Person p ? p.getBirthDate() : null;
            return born == null ? "" : Integer.toString(Period.between(born, LocalDate.now()).getYears()); //$NON-NLS-1$
        });
    }

    /** A person's name, sex, age, unit and identity number, from the path that leads to the person (null: the record is one). */
    public static java.util.List<ChooserColumn> person(FeaturePath toPerson) {
        return java.util.List.of(of(append(toPerson, CorePackage.Literals.PERSON__NAME), 10),
                of(append(toPerson, CorePackage.Literals.PERSON__SEX), 3), age(toPerson),
                of(append(toPerson, CorePackage.Literals.PERSON__IDENTITY_NUMBER), 18));
    }

    private static FeaturePath append(FeaturePath path, EStructuralFeature feature) {
        if (path == null) {
            return FeaturePath.of(feature);
        }
        java.util.List<EStructuralFeature> steps = new java.util.ArrayList<>(path.steps());
        steps.add(feature);
        return new FeaturePath(steps);
    }

    private static Object follow(EObject found, FeaturePath path) {
        Object value = found;
        for (EStructuralFeature step : path.steps()) {
            value = value instanceof EObject object ? object.eGet(step) : null;
        }
        return value;
    }

    /** A value as a cell shows it: a record by its name, an enumeration by its label. */
    public static String text(Object value) {
        // a dynamic package's enumeration value (EEnumLiteral) is an EObject too: the cell texts name it as a value
        return value instanceof EObject record && !(value instanceof org.eclipse.emf.common.util.Enumerator) ? RecordNames.of(record, ITEMS) : TEXTS.text(value);
    }
}
