package org.garrison.internal.mobilization.ui.choosers;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.chooser.ChooserColumn;
import org.garrison.ui.chooser.ChooserColumns;
import org.garrison.ui.chooser.ChooserFilter;
import org.garrison.ui.chooser.ChooserProfile;

/** Militia units (a member's unit), found by the start of their name and told apart by town and type. */
public final class UnitChooserProfile extends ChooserProfile {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;

    @Override
    public String name() {
        return Messages.Chooser_units;
    }

    @Override
    public EClass searched() {
        return M.getMilitiaUnit();
    }

    @Override
    public Condition matching(String text) {
        return Condition.compare(M.getMilitiaUnit_Name(), Condition.Operator.LIKE, startingWith(text));
    }

    @Override
    public List<Query.Order> order() {
        return List.of(new Query.Order(FeaturePath.of(M.getMilitiaUnit_Name()), true));
    }

    @Override
    public List<ChooserColumn> columns() {
        return List.of(ChooserColumns.of(M.getMilitiaUnit_Name(), 12), ChooserColumns.of(M.getMilitiaUnit_OrgUnit(), 10),
                ChooserColumns.of(M.getMilitiaUnit_Type(), 8), ChooserColumns.of(M.getMilitiaUnit_ParentUnit(), 10));
    }

    @Override
    public List<ChooserFilter> filters(StoreSession session) throws StoreException {
        UnitChoices units = UnitChoices.read(session);
        List<ChooserFilter.Choice> towns = units.towns().stream().map(town -> new ChooserFilter.Choice(town.label(),
                retarget(town.condition()))).toList();
        return List.of(new ChooserFilter(org.garrison.model.labels.ModelLabels.of(M.getMilitiaUnit_OrgUnit(), java.util.Locale.getDefault()), towns));
    }

    /** A member's town condition ({@code unit.orgUnit IN …}) as the unit's own ({@code orgUnit IN …}). */
    private static Condition retarget(Condition memberCondition) {
        Condition.Comparison comparison = (Condition.Comparison) memberCondition;
        return new Condition.Comparison(FeaturePath.of(M.getMilitiaUnit_OrgUnit()), comparison.operator(), comparison.value());
    }

    @Override
    public void prepare(StoreSession session, List<EObject> found) throws StoreException {
        session.resolve(found, M.getMilitiaUnit_OrgUnit());
    }
}
