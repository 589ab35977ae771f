package org.garrison.internal.ui.chooser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserColumn;
import org.garrison.ui.chooser.ChooserColumns;
import org.garrison.ui.chooser.ChooserProfile;

/**
 * The framework's profile for any stored class with a name: the typed text matches the start of the
 * name (and of the identity number, for persons); the columns are the name and the record's other
 * short identifying fields (a person's sex, age, unit and identity number; a record's town).
 */
public final class NamedRecordsProfile extends ChooserProfile {

    private final EClass type;
    private final EAttribute name;

    public NamedRecordsProfile(EClass type) {
        this.type = type;
        this.name = (EAttribute) type.getEStructuralFeature("name"); //$NON-NLS-1$
    }

    /** Whether records of the type can be searched by this profile: concrete, with a text name. */
    public static boolean canSearch(EClass type) {
        return !type.isAbstract() && !type.isInterface() && type.getEStructuralFeature("name") instanceof EAttribute attribute //$NON-NLS-1$
                && !attribute.isMany() && attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    private boolean isPerson() {
        return CorePackage.Literals.PERSON.isSuperTypeOf(type);
    }

    @Override
    public String name() {
        return ModelLabels.of(type, Locale.getDefault());
    }

    @Override
    public EClass searched() {
        return type;
    }

    @Override
    public Condition matching(String text) {
        String prefix = startingWith(text);
        Condition byName = Condition.compare(name, Condition.Operator.LIKE, prefix);
        return isPerson() ? Condition.any(byName, Condition.compare(CorePackage.Literals.PERSON__IDENTITY_NUMBER, Condition.Operator.LIKE, prefix))
                : byName;
    }

    @Override
    public List<Query.Order> order() {
        return List.of(new Query.Order(FeaturePath.of(name), true));
    }

    @Override
    public List<ChooserColumn> columns() {
        if (isPerson()) {
            List<ChooserColumn> columns = new ArrayList<>(ChooserColumns.person(null));
            columns.add(3, ChooserColumns.of(CorePackage.Literals.PERSON__ORG_UNIT, 12));
            return columns;
        }
        List<ChooserColumn> columns = new ArrayList<>(List.of(ChooserColumns.of(name, 14)));
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && !reference.isMany() && !reference.isContainment()
                    && reference.getEReferenceType() == CorePackage.Literals.ORG_UNIT) {
                columns.add(ChooserColumns.of(reference, 12));
            }
        }
        return columns;
    }
}
