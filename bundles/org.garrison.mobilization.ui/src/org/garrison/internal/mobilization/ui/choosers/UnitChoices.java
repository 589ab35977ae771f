package org.garrison.internal.mobilization.ui.choosers;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserFilter;

/**
 * The towns and militia units a member chooser filters by, read as a database grouping (units are
 * never loaded: they contain their members). A unit is named by its town and name, as staff tell
 * units of one name apart; choosing it finds its members and those of its sub-units, three levels
 * deep (company, platoon, squad).
 */
record UnitChoices(List<ChooserFilter.Choice> towns, List<ChooserFilter.Choice> units) {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;

    static UnitChoices read(StoreSession session) throws StoreException {
        List<OrgUnit> towns = session.list(Query.of(CorePackage.Literals.ORG_UNIT)
                .where(Condition.eq(CorePackage.Literals.ORG_UNIT__LEVEL, OrgUnitLevel.TOWN)).orderBy(CorePackage.Literals.ORG_UNIT__NAME, true));
        List<ChooserFilter.Choice> townChoices = new ArrayList<>();
        for (OrgUnit town : towns) {
            List<OrgUnit> places = new ArrayList<>(town.getChildren());
            places.add(town);
            townChoices.add(new ChooserFilter.Choice(town.getName(),
                    Condition.in(FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_OrgUnit()), places)));
        }
        List<ChooserFilter.Choice> unitChoices = new ArrayList<>();
        Aggregation byNameAndTown = Aggregation.of(Query.of(M.getMilitiaUnit()))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaUnit_OrgUnit())))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaUnit_Name()))).count();
        for (Aggregation.Row row : session.aggregate(byNameAndTown)) {
            if (!(row.keys().get(0) instanceof OrgUnit place) || !(row.keys().get(1) instanceof String name)) {
                continue;
            }
            unitChoices.add(new ChooserFilter.Choice(place.getName() + " / " + name, withSubUnits(name, place))); //$NON-NLS-1$
        }
        unitChoices.sort(java.util.Comparator.comparing(ChooserFilter.Choice::label, java.text.Collator.getInstance(java.util.Locale.CHINA)));
        return new UnitChoices(townChoices, unitChoices);
    }

    private static Condition withSubUnits(String name, OrgUnit place) {
        List<Condition> levels = new ArrayList<>();
        List<org.eclipse.emf.ecore.EStructuralFeature> toUnit = new ArrayList<>(List.of(M.getMilitiaMember_Unit()));
        for (int depth = 0; depth < 3; depth++) {
            List<org.eclipse.emf.ecore.EStructuralFeature> named = new ArrayList<>(toUnit);
            named.add(M.getMilitiaUnit_Name());
            List<org.eclipse.emf.ecore.EStructuralFeature> placed = new ArrayList<>(toUnit);
            placed.add(M.getMilitiaUnit_OrgUnit());
            levels.add(Condition.all(Condition.eq(new FeaturePath(named), name), Condition.eq(new FeaturePath(placed), place)));
            toUnit.add(M.getMilitiaUnit_ParentUnit());
        }
        return new Condition.Any(levels);
    }
}
