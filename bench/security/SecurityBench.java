import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Query;

/**
 * The security area in the Derby store, in one process: a register of thousands of assets, each with a
 * monthly plan (its own, or its category's) and five years of monthly maintenance records. Opening the
 * due list — the ledger, then the last record of every asset and plan counted by the database — against
 * loading the ledger and every maintenance record through the store and finding the last ones in memory;
 * opening the register (the ledger, the dues, each asset's soonest) against the same load.
 */
public final class SecurityBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final int YEARS = 5;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        int assets = Integer.parseInt(args[0]);
        Path folder = Files.createTempDirectory("security-bench");
        DerbyDatabase.configureSystem(folder);
        SampleDistrict sample = SampleDistrict.generate(11, SampleSize.TINY, TODAY);
        List<MaintenanceRecord> records = register(sample, assets);
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "security", null), PACKAGES,
                checked -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        long writing = System.nanoTime();
        try (StoreSession writer = store.openSession()) {
            List<EObject> roots = new ArrayList<>(sample.roots());
            roots.addAll(records);
            roots.forEach(writer::add);
            writer.commit();
        }
        System.out.printf("assets: %d, maintenance records: %d (written in %.0f s)%n", sample.security().getAssets().size(),
                records.size() + sample.maintenance().size(), (System.nanoTime() - writing) / 1e9);

        double[] load = new double[ROUNDS];
        double[] dueList = new double[ROUNDS];
        double[] register = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            int[] shown = new int[3];
            load[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    SecurityLedger ledger = SecurityLedgers.read(session);
                    List<MaintenanceRecord> all = session.list(Query.of(SecurityPackage.Literals.MAINTENANCE_RECORD));
                    shown[0] = MaintenanceDues.shown(MaintenanceDues.compute(ledger, all), TODAY).size();
                }
            });
            dueList[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    SecurityLedger ledger = SecurityLedgers.read(session);
                    shown[1] = MaintenanceDues.shown(MaintenanceDues.compute(session, ledger), TODAY).size();
                }
            });
            register[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    SecurityLedger ledger = SecurityLedgers.read(session);
                    Map<Asset, MaintenanceDue> soonest = MaintenanceDues.soonestByAsset(MaintenanceDues.compute(session, ledger));
                    int named = 0;
                    for (Asset asset : ledger.getAssets()) {
                        named += asset.getName().length() + (soonest.containsKey(asset) ? 1 : 0);
                    }
                    shown[2] = named;
                }
            });
            if (shown[0] != shown[1] || shown[0] == 0) {
                throw new AssertionError("the database's due list (" + shown[1] + ") differs from the loaded one (" + shown[0] + ")");
            }
        }
        double base = median(load);
        System.out.printf("load the ledger and every maintenance record, dues in memory: %.0f ms%n", base);
        System.out.printf("open the due list (last records counted by the database): %.0f ms, ratio %.2f%n", median(dueList), median(dueList) / base);
        System.out.printf("open the register (assets, next due of each): %.0f ms, ratio %.2f%n", median(register), median(register) / base);
        store.close();
    }

    /** Assets beyond the sample's: every fifth of a category with the sample's category plans, the others with a monthly plan of their own; five years of monthly records each. */
    private static List<MaintenanceRecord> register(SampleDistrict sample, int assets) {
        SecurityFactory security = SecurityFactory.eINSTANCE;
        SecurityLedger ledger = sample.security();
        Person responsible = ledger.getAssets().get(0).getResponsible();
        List<MaintenanceRecord> records = new ArrayList<>();
        AssetCategory[] categories = { AssetCategory.PHONE_LOCKER, AssetCategory.SIGNAL_JAMMER, AssetCategory.CAMERA, AssetCategory.OTHER,
                AssetCategory.FIRE_EQUIPMENT };
        MaintenancePlan fire = ledger.getCategoryPlans().stream().filter(plan -> plan.getCategory() == AssetCategory.FIRE_EQUIPMENT).findFirst().orElseThrow();
        for (int a = 0; a < assets; a++) {
            Asset asset = security.createAsset();
            asset.setCategory(categories[a % categories.length]);
            asset.setName("设施" + a);
            asset.setCode(String.format("BX%05d", a));
            asset.setLocation("营区" + (a % 20));
            asset.setStatus(AssetStatus.IN_USE);
            asset.setResponsible(responsible);
            asset.setCommissionedOn(TODAY.minusYears(YEARS + 1));
            MaintenancePlan plan = fire;
            if (asset.getCategory() != AssetCategory.FIRE_EQUIPMENT) {
                plan = security.createMaintenancePlan();
                plan.setDescription("月度检查");
                plan.setInterval(1);
                plan.setIntervalUnit(IntervalUnit.MONTH);
                plan.setStartDate(TODAY.minusYears(YEARS));
                plan.setResponsible(responsible);
                asset.getPlans().add(plan);
            }
            ledger.getAssets().add(asset);
            LocalDate day = TODAY.minusYears(YEARS).plusDays(a % 28);
            // an asset in seven stops a few weeks early: overdue now
            LocalDate last = a % 7 == 0 ? TODAY.minusDays(45) : TODAY;
            for (; !day.isAfter(last); day = day.plusMonths(1)) {
                MaintenanceRecord record = security.createMaintenanceRecord();
                record.setAsset(asset);
                record.setPlan(plan);
                record.setDate(day);
                record.setPerformedBy(responsible);
                record.setWork(plan.getDescription());
                records.add(record);
            }
        }
        return records;
    }

    private static final List<org.eclipse.emf.ecore.EPackage> PACKAGES = List.of(CorePackage.eINSTANCE,
            org.garrison.model.study.StudyPackage.eINSTANCE, org.garrison.model.training.TrainingPackage.eINSTANCE,
            org.garrison.model.mobilization.MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE);

    interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
