package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * 训练覆盖: of the core militia serving on a day, how many the year's closed batches trained, per town
 * and unit, and who was not trained. Counted by the database (two groupings of the members); the
 * members themselves are read only for the list of those not trained.
 */
public final class TrainingCoverage {

    private static final MobilizationPackage M = MobilizationPackage.eINSTANCE;
    private static final FeaturePath TOWN = FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_OrgUnit());
    private static final FeaturePath UNIT = FeaturePath.of(M.getMilitiaMember_Unit());

    /** One unit's core members serving and how many of them were trained. */
    public record Row(OrgUnit town, MilitiaUnit unit, long core, long trained) {
        public double share() {
            return core == 0 ? 0 : (double) trained / core;
        }
    }

    /** A town's totals over its units. */
    public record TownRow(OrgUnit town, long core, long trained) {
        public double share() {
            return core == 0 ? 0 : (double) trained / core;
        }
    }

    private final int year;
    private final LocalDate asOf;
    private final List<Row> rows;
    private final Set<Person> trainedPersons;

    private TrainingCoverage(int year, LocalDate asOf, List<Row> rows, Set<Person> trainedPersons) {
        this.year = year;
        this.asOf = asOf;
        this.rows = rows;
        this.trainedPersons = trainedPersons;
    }

    /** The coverage of the year as of the day (the year's end once it is over). */
    public static TrainingCoverage compute(StoreSession session, int year, LocalDate today) throws StoreException {
        LocalDate asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        Set<Person> trained = trainedPersons(session, year, asOf);
        Condition core = serving(asOf);
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        for (Aggregation.Row row : session.aggregate(grouped(Query.of(M.getMilitiaMember()).where(core)))) {
            counts.put(row.keys(), new long[] { row.count(), 0 });
        }
        if (!trained.isEmpty()) {
            Query trainedCore = Query.of(M.getMilitiaMember()).where(core).where(Condition.in(M.getMilitiaMember_Person(), trained));
            for (Aggregation.Row row : session.aggregate(grouped(trainedCore))) {
                counts.computeIfAbsent(row.keys(), keys -> new long[2])[1] = row.count();
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((keys, count) -> rows.add(new Row((OrgUnit) keys.get(0), (MilitiaUnit) keys.get(1), count[0], count[1])));
        rows.sort(Comparator.comparing((Row row) -> row.town() == null ? "" : row.town().getCode() == null ? row.town().getName() : row.town().getCode()) //$NON-NLS-1$
                .thenComparing(row -> row.unit() == null ? "" : row.unit().getName())); //$NON-NLS-1$
        return new TrainingCoverage(year, asOf, List.copyOf(rows), trained);
    }

    private static Aggregation grouped(Query query) {
        return Aggregation.of(query).groupBy(Aggregation.Grouping.by(TOWN)).groupBy(Aggregation.Grouping.by(UNIT)).count();
    }

    /** Core members serving on the day: joined by then and not left. */
    static Condition serving(LocalDate day) {
        return Condition.all(Condition.eq(M.getMilitiaMember_Category(), MilitiaCategory.CORE),
                Condition.compare(M.getMilitiaMember_JoinDate(), Condition.Operator.LESS_OR_EQUAL, day),
                Condition.any(Condition.isNull(M.getMilitiaMember_LeaveDate()),
                        Condition.compare(M.getMilitiaMember_LeaveDate(), Condition.Operator.GREATER, day)));
    }

    /** The trainees of the batches of the year closed by the day. */
    public static Set<Person> trainedPersons(StoreSession session, int year, LocalDate asOf) throws StoreException {
        TrainingPackage t = TrainingPackage.eINSTANCE;
        List<TrainingBatch> closed = session.list(Query.of(t.getTrainingBatch())
                .where(Condition.compare(t.getTrainingBatch_ClosedOn(), Condition.Operator.LESS_OR_EQUAL, asOf))
                .where(Condition.between(t.getTrainingBatch_EndDate(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        session.resolve(closed, t.getTrainingBatch_Trainees());
        Set<Person> trained = new LinkedHashSet<>();
        closed.forEach(batch -> trained.addAll(batch.getTrainees()));
        return trained;
    }

    /** The core members serving on the day whom no closed batch of the year trained, by name. */
    public List<MilitiaMember> untrained(StoreSession session) throws StoreException {
        return session.list(Query.of(M.getMilitiaMember()).where(untrained(asOf, trainedPersons))
                .orderBy(FeaturePath.of(M.getMilitiaMember_Person(), CorePackage.Literals.PERSON__NAME), true));
    }

    /**
     * 本年度未参训的基干民兵: the condition on militia members for those serving as core militia on the day
     * whom no batch of the year closed by then trained (the trainee chooser's filter).
     */
    public static Condition untrainedCondition(StoreSession session, int year, LocalDate asOf) throws StoreException {
        return untrained(asOf, trainedPersons(session, year, asOf));
    }

    private static Condition untrained(LocalDate asOf, Set<Person> trained) {
        return trained.isEmpty() ? serving(asOf) : Condition.all(serving(asOf), Condition.not(Condition.in(M.getMilitiaMember_Person(), trained)));
    }

    /**
     * Where each member serves, by person: town and unit name, as one database grouping (a member read on
     * its own has no unit loaded, and loading a unit would bring all its members).
     */
    public static Map<Person, String[]> places(StoreSession session, List<MilitiaMember> members) throws StoreException {
        Map<Person, String[]> places = new java.util.HashMap<>();
        if (members.isEmpty()) {
            return places;
        }
        session.resolve(members, M.getMilitiaMember_Person());
        List<Person> persons = members.stream().map(MilitiaMember::getPerson).toList();
        Aggregation grouping = Aggregation.of(Query.of(M.getMilitiaMember()).where(Condition.in(M.getMilitiaMember_Person(), persons)))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaMember_Person())))
                .groupBy(Aggregation.Grouping.by(TOWN))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(M.getMilitiaMember_Unit(), M.getMilitiaUnit_Name()))).count();
        for (Aggregation.Row row : session.aggregate(grouping)) {
            if (row.keys().get(0) instanceof Person person) {
                places.put(person, new String[] { row.keys().get(1) instanceof OrgUnit town ? town.getName() : "", //$NON-NLS-1$
                        row.keys().get(2) instanceof String unit ? unit : "" }); //$NON-NLS-1$
            }
        }
        return places;
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The towns' totals, in the order of the rows. */
    public List<TownRow> towns() {
        Map<OrgUnit, long[]> towns = new LinkedHashMap<>();
        for (Row row : rows) {
            long[] total = towns.computeIfAbsent(row.town(), town -> new long[2]);
            total[0] += row.core();
            total[1] += row.trained();
        }
        List<TownRow> result = new ArrayList<>();
        towns.forEach((town, total) -> result.add(new TownRow(town, total[0], total[1])));
        return result;
    }

    public long core() {
        return rows.stream().mapToLong(Row::core).sum();
    }

    public long trained() {
        return rows.stream().mapToLong(Row::trained).sum();
    }

    public double share() {
        return core() == 0 ? 0 : (double) trained() / core();
    }
}
