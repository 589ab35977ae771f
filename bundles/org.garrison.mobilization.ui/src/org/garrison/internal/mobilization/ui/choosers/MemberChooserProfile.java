package org.garrison.internal.mobilization.ui.choosers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.store.query.Aggregation;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MilitiaCategory;
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

/**
 * Persons chosen as the militia members they are (attendees, trainees, entrants): found by name or
 * identity number among the members still serving, told apart by town and unit, filtered by town,
 * unit (with its sub-units) and category. The reference takes the member's person; for a reference
 * to a member itself (a unit's commander) see {@link Members}.
 */
public class MemberChooserProfile extends ChooserProfile {

    /** The same search for references to militia members themselves (a unit's commander). */
    public static final class Members extends MemberChooserProfile {
        @Override
        public FeaturePath chosenPath() {
            return null;
        }
    }

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;
    static final FeaturePath PERSON = FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON);

    @Override
    public String name() {
        return Messages.Chooser_members;
    }

    @Override
    public EClass searched() {
        return M.getMilitiaMember();
    }

    @Override
    public Condition matching(String text) {
        String prefix = startingWith(text);
        return Condition.any(
                Condition.compare(FeaturePath.of(M.getMilitiaMember_Person(), CorePackage.Literals.PERSON__NAME), Condition.Operator.LIKE, prefix),
                Condition.compare(FeaturePath.of(M.getMilitiaMember_Person(), CorePackage.Literals.PERSON__IDENTITY_NUMBER), Condition.Operator.LIKE, prefix));
    }

    @Override
    public Condition scope() {
        return Condition.isNull(M.getMilitiaMember_LeaveDate());
    }

    @Override
    public List<Query.Order> order() {
        return List.of(new Query.Order(FeaturePath.of(M.getMilitiaMember_Person(), CorePackage.Literals.PERSON__NAME), true));
    }

    @Override
    public FeaturePath chosenPath() {
        return PERSON;
    }

    /** Where each found member serves (its unit's place and name), by the member's person: read by {@link #prepare}. */
    private final Map<Person, String[]> placeOf = new HashMap<>();

    @Override
    public List<ChooserColumn> columns() {
        List<ChooserColumn> columns = new ArrayList<>(ChooserColumns.person(PERSON));
        columns.add(3, new ChooserColumn(ModelLabels.of(M.getMilitiaUnit_OrgUnit(), Locale.getDefault()), 8, found -> place(found, 0)));
        columns.add(4, new ChooserColumn(ModelLabels.of(M.getMilitiaMember_Unit(), Locale.getDefault()), 10, found -> place(found, 1)));
        columns.add(5, ChooserColumns.of(M.getMilitiaMember_Category(), 5));
        return columns;
    }

    private String place(EObject found, int part) {
        String[] place = placeOf.get(((MilitiaMember) found).getPerson());
        return place == null ? "" : place[part]; //$NON-NLS-1$
    }

    /**
     * The persons of the page in one query, and their units' places and names as one database
     * grouping: a unit is never loaded for it (it would bring all its members).
     */
    @Override
    public void prepare(StoreSession session, List<EObject> found) throws StoreException {
        session.resolve(found, M.getMilitiaMember_Person());
        List<Person> persons = found.stream().map(member -> ((MilitiaMember) member).getPerson()).filter(p -> !placeOf.containsKey(p)).toList();
        if (persons.isEmpty()) {
            return;
        }
        Aggregation places = Aggregation.of(Query.of(M.getMilitiaMember()).where(Condition.in(M.getMilitiaMember_Person(), persons)))
                .groupBy(Aggregation.Grouping.by(PERSON))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_OrgUnit())))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_Name()))).count();
        for (Aggregation.Row row : session.aggregate(places)) {
            if (row.keys().get(0) instanceof Person person) {
                placeOf.put(person, new String[] { row.keys().get(1) instanceof OrgUnit town ? town.getName() : "", //$NON-NLS-1$
                        row.keys().get(2) instanceof String unit ? unit : "" }); //$NON-NLS-1$
            }
        }
    }

    @Override
    public List<ChooserFilter> filters(StoreSession session) throws StoreException {
        List<ChooserFilter.Choice> categories = new ArrayList<>();
        for (MilitiaCategory category : MilitiaCategory.VALUES) {
            categories.add(new ChooserFilter.Choice(ModelLabels.of(category, Locale.getDefault()),
                    Condition.eq(M.getMilitiaMember_Category(), category)));
        }
        UnitChoices units = UnitChoices.read(session);
        return List.of(new ChooserFilter(ModelLabels.of(M.getMilitiaUnit_OrgUnit(), Locale.getDefault()), units.towns()),
                new ChooserFilter(ModelLabels.of(M.getMilitiaMember_Unit(), Locale.getDefault()), units.units()),
                new ChooserFilter(ModelLabels.of(M.getMilitiaMember_Category(), Locale.getDefault()), categories));
    }
}
