import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.mobilization.ImportPlan;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.mobilization.RosterRoll;
import org.garrison.internal.mobilization.UnitPlacement;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * The roster import's speed, as ratios against baselines run in the same process (issue 16):
 * re-importing an unchanged roll of every member against reading the file alone (≤ 2), and importing
 * it into a district whose units have no members yet against reading it plus the store's own commit
 * of the same members (≤ 1.3).
 */
public class RosterImportBench {

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path folder = Files.createTempDirectory("garrison-roster-import-bench");
        SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
        List<MilitiaMember> members = new ArrayList<>();
        sample.mobilization().getUnits().forEach(unit -> collect(unit, members));
        members.removeIf(member -> member.getLeaveDate() != null);
        Path file = folder.resolve("roll.xlsx");
        RosterRoll.write(members, file, Locale.CHINA);

        // a full district, and two districts whose units have no members yet
        DerbyStore full = open(folder, "full");
        try (StoreSession writer = full.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        DerbyStore empty = open(folder, "empty");
        DerbyStore baseline = open(folder, "baseline");
        for (DerbyStore store : List.of(empty, baseline)) {
            try (StoreSession writer = store.openSession()) {
                District district = EcoreUtil.copy(sample.district());
                district.getPersons().clear();
                MobilizationLedger ledger = MobilizationFactory.eINSTANCE.createMobilizationLedger();
                for (MilitiaUnit unit : sample.mobilization().getUnits()) {
                    ledger.getUnits().add(withoutMembers(unit, district));
                }
                writer.add(district);
                writer.add(ledger);
                writer.commit();
            }
        }

        double read = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int[] cells = { 0 };
            TableFiles.read(file, (number, row) -> cells[0] += row.size());
            read = Math.min(read, seconds(t0));
        }

        double load = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            try (StoreSession session = full.openSession()) {
                session.loadRoots(CorePackage.Literals.DISTRICT);
                session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
            }
            load = Math.min(load, seconds(t0));
        }

        double unchanged = Double.MAX_VALUE;
        int same = 0;
        for (int round = 0; round < (args.length > 2 ? Integer.parseInt(args[2]) : 3); round++) {
            long t0 = System.nanoTime();
            try (StoreSession session = full.openSession()) {
                ImportPlan plan = RosterImport.plan(file, RosterImport.guessMapping(RosterImport.header(file)), UnitPlacement.fromColumn(), session,
                        new NullProgressMonitor());
                plan.importValidRows(new NullProgressMonitor());
                same = plan.unchangedMembers();
                if (plan.validRows().size() != members.size()) {
                    throw new AssertionError(plan.problems().size() + " problems, e.g. " + plan.problems().stream().limit(3).toList());
                }
            }
            unchanged = Math.min(unchanged, seconds(t0));
        }

        if (args.length > 1 && args[1].equals("unchanged")) {
            System.out.printf("read %.2f, re-import unchanged %.2f, ratio %.2f%n", read, unchanged, unchanged / read);
            return;
        }
        // the baseline: the file read, and the same members committed by the store without the import
        long t1 = System.nanoTime();
        int[] cells = { 0 };
        TableFiles.read(file, (number, row) -> cells[0] += row.size());
        try (StoreSession session = baseline.openSession()) {
            District district = session.<District> loadRoots(CorePackage.Literals.DISTRICT).get(0);
            List<MilitiaUnit> units = new ArrayList<>();
            session.<MobilizationLedger> loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0).getUnits().forEach(u -> collectUnits(u, units));
            java.util.Map<String, MilitiaUnit> byLabel = new java.util.HashMap<>();
            units.forEach(unit -> byLabel.put(RosterImport.unitLabel(unit), unit));
            for (MilitiaMember member : members) {
                Person person = EcoreUtil.copy(member.getPerson());
                person.setOrgUnit(null);
                district.getPersons().add(person);
                MilitiaMember copy = MobilizationFactory.eINSTANCE.createMilitiaMember();
                copy.setPerson(person);
                copy.setCategory(member.getCategory());
                copy.setJoinDate(member.getJoinDate());
                copy.setPosition(member.getPosition());
                copy.setVeteran(member.isVeteran());
                byLabel.get(RosterImport.unitLabel(member.getUnit())).getMembers().add(copy);
            }
            session.commit();
        }
        double readAndCommit = seconds(t1);

        long t2 = System.nanoTime();
        int added;
        try (StoreSession session = empty.openSession()) {
            ImportPlan plan = RosterImport.plan(file, RosterImport.guessMapping(RosterImport.header(file)), UnitPlacement.fromColumn(), session,
                    new NullProgressMonitor());
            plan.importValidRows(new NullProgressMonitor());
            added = plan.newMembers();
        }
        double imported = seconds(t2);

        System.out.printf("size %s: roll of %,d serving members, %.1f MB%n", size, members.size(), Files.size(file) / 1e6);
        System.out.printf("%-58s %8s %8s%n", "figure", "seconds", "ratio");
        System.out.printf("%-58s %8.2f%n", "read the roll .xlsx alone (best of 3)", read);
        System.out.printf("%-58s %8.2f %8.2f   (%,d rows unchanged)%n", "re-import it unchanged: check every row, write nothing", unchanged,
                unchanged / read, same);
        System.out.printf("%-58s %8.2f %8.2f%n", "  of which reading the stored persons and members", load, load / read);
        System.out.printf("%-58s %8.2f%n", "read it plus the store's commit of the same members", readAndCommit);
        System.out.printf("%-58s %8.2f %8.2f   (%,d members added)%n", "import it into the district's empty units", imported, imported / readAndCommit,
                added);
        full.close();
        empty.close();
        baseline.close();
    }

    private static DerbyStore open(Path folder, String name) throws Exception {
        return DerbyStore.open(new StoreSettings.Embedded(folder, name, null),
                List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE, MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE),
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
    }

    /** A copy of the unit and its sub-units without members or commander, at the same places of the copied district. */
    private static MilitiaUnit withoutMembers(MilitiaUnit unit, District district) {
        MilitiaUnit copy = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        copy.setName(unit.getName());
        copy.setType(unit.getType());
        copy.setRole(unit.getRole());
        copy.setSpecialty(unit.getSpecialty());
        copy.setOrgUnit(place(district, unit.getOrgUnit().getCode()));
        unit.getSubUnits().forEach(sub -> copy.getSubUnits().add(withoutMembers(sub, district)));
        return copy;
    }

    private static org.garrison.model.core.OrgUnit place(District district, String code) {
        for (var it = EcoreUtil.<Object> getAllContents(district.getUnits(), false); it.hasNext();) {
            if (it.next() instanceof org.garrison.model.core.OrgUnit org && org.getCode().equals(code)) {
                return org;
            }
        }
        throw new IllegalStateException(code);
    }

    private static void collect(MilitiaUnit unit, List<MilitiaMember> into) {
        into.addAll(unit.getMembers());
        unit.getSubUnits().forEach(sub -> collect(sub, into));
    }

    private static void collectUnits(MilitiaUnit unit, List<MilitiaUnit> into) {
        into.add(unit);
        unit.getSubUnits().forEach(sub -> collectUnits(sub, into));
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
