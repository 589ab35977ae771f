import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.garrison.internal.mobilization.ui.roster.RosterColumns;
import org.garrison.internal.mobilization.ImportPlan;
import org.garrison.internal.mobilization.RosterImport;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.spreadsheet.TableWriter;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.ui.table.RecordTable;

/**
 * The roster's speed, as ratios against baselines run in the same process:
 * opening the roster until its first rows are drawn against loading the same records through the
 * store alone; importing a roster .xlsx of every member against reading the file alone.
 */
public class RosterBench {

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path folder = Files.createTempDirectory("garrison-roster-bench");
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "bench", null),
                List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE, MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE),
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
        Path file = folder.resolve("roster.xlsx");
        int rows = writeRoster(sample, file);
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        sample = null;

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        shell.open();
        ComposedAdapterFactory items = new ComposedAdapterFactory(List.of(new org.garrison.model.core.provider.CoreItemProviderAdapterFactory(),
                new org.garrison.model.mobilization.provider.MobilizationItemProviderAdapterFactory()));

        double bestLoad = Double.MAX_VALUE;
        double bestRoster = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            try (StoreSession session = store.openSession()) {
                int loaded = members(session).size();
                bestLoad = Math.min(bestLoad, seconds(t0));
                if (round == 0) {
                    System.out.printf("members loaded: %,d%n", loaded);
                }
            }
            System.gc();
            long t1 = System.nanoTime();
            try (StoreSession session = store.openSession()) {
                RecordTable table = new RecordTable(shell, RosterColumns.of(items, LocalDate.now()), null, items);
                shell.layout(true);
                table.setRows(members(session));
                boolean[] drawn = { false };
                table.natTable().addListener(SWT.Paint, event -> drawn[0] = true);
                table.natTable().redraw();
                while (!drawn[0]) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                }
                bestRoster = Math.min(bestRoster, seconds(t1));
                table.natTable().dispose();
            }
            System.gc();
        }

        double read = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int[] count = { 0 };
            TableFiles.read(file, (number, cells) -> count[0] += cells.size());
            read = Math.min(read, seconds(t0));
        }
        long t2 = System.nanoTime();
        int valid;
        int problems;
        double checked;
        try (StoreSession session = store.openSession()) {
            ImportPlan plan = RosterImport.plan(file, RosterImport.guessMapping(RosterImport.header(file)), session, new NullProgressMonitor());
            checked = seconds(t2);
            valid = plan.validRows().size();
            problems = plan.problems().size();
            java.util.Map<String, Long> kinds = plan.problems().stream().collect(java.util.stream.Collectors.groupingBy(
                    problem -> problem.field() + ": " + problem.message().replaceAll("[0-9X]{6,}|“[^”]*”", "…"), java.util.stream.Collectors.counting()));
            kinds.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(kind -> System.out.printf("  %,7d × %s%n", kind.getValue(), kind.getKey()));
            plan.importValidRows(new NullProgressMonitor());
        }
        double imported = seconds(t2);

        System.out.printf("size %s: %,d militia members; roster file %,d rows, %.1f MB%n", size, size.militiaMembers(), rows, Files.size(file) / 1e6);
        System.out.printf("%-52s %8s %8s%n", "figure", "seconds", "ratio");
        System.out.printf("%-52s %8.2f%n", "load the members through the store alone (best of 3)", bestLoad);
        System.out.printf("%-52s %8.2f %8.2f%n", "open the roster until its first rows are drawn", bestRoster, bestRoster / bestLoad);
        System.out.printf("%-52s %8.2f%n", "read the roster .xlsx alone (best of 3)", read);
        System.out.printf("%-52s %8.2f %8.2f   (%,d rows imported, %,d problems)%n", "import it: check every row, update, commit", imported,
                imported / read, valid, problems);
        System.out.printf("%-52s %8.2f %8.2f%n", "  of which reading and checking every row", checked, checked / read);
        display.dispose();
        store.close();
    }

    private static List<MilitiaMember> members(StoreSession session) throws Exception {
        session.loadRoots(CorePackage.Literals.DISTRICT);
        List<MilitiaMember> members = new ArrayList<>();
        for (MobilizationLedger ledger : session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
            ledger.getUnits().forEach(unit -> collect(unit, members));
        }
        return members;
    }

    private static void collect(MilitiaUnit unit, List<MilitiaMember> into) {
        into.addAll(unit.getMembers());
        unit.getSubUnits().forEach(sub -> collect(sub, into));
    }

    /** The roster as a unit would send it in: every member, with a new position for each (so every row is an update). */
    private static int writeRoster(SampleDistrict sample, Path file) throws Exception {
        List<MilitiaMember> members = new ArrayList<>();
        sample.mobilization().getUnits().forEach(unit -> collect(unit, members));
        try (TableWriter writer = TableFiles.write(file, "民兵名册")) {
            writer.row(List.of("姓名", "身份证号", "乡镇（街道）", "所在单位", "分队", "类别", "入队日期", "职务", "退役军人", "联系电话"));
            for (MilitiaMember member : members) {
                writer.row(java.util.Arrays.asList(member.getPerson().getName(), member.getPerson().getIdentityNumber(), town(member.getUnit()), member.getUnit().getOrgUnit().getName(), member.getUnit().getName(),
                        member.getCategory().getLiteral(), member.getJoinDate().toString(), "队员", member.isVeteran() ? "是" : "否", member.getPerson().getPhone()));
            }
        }
        return members.size();
    }

    private static String town(MilitiaUnit unit) {
        org.garrison.model.core.OrgUnit office = unit.getOrgUnit();
        while (office.getParent() != null && office.getLevel() != org.garrison.model.core.OrgUnitLevel.TOWN
                && office.getLevel() != org.garrison.model.core.OrgUnitLevel.SUBDISTRICT) {
            office = office.getParent();
        }
        return office.getName();
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
