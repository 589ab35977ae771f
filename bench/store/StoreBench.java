import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.objects.ObjectReader;
import org.garrison.internal.store.derby.objects.ObjectWriter;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;

/** Writes the sample district into embedded Derby and loads it back, beside XMI, in one run. */
public final class StoreBench {

    /**
     * The baseline: the same rows, built from the objects before the clock starts, inserted with plain
     * JDBC batches into the same tables of a second database, in one transaction.
     */
    static double rawInserts(Path folder, SchemaMapping mapping, SampleDistrict sample) throws Exception {
        DerbyDatabase database = new DerbyDatabase(folder, "raw", null);
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, mapping);
        }
        java.util.Map<EObject, Long> ids = new java.util.IdentityHashMap<>();
        java.util.List<EObject> objects = new java.util.ArrayList<>();
        for (EObject root : sample.roots()) {
            objects.add(root);
            root.eAllContents().forEachRemaining(objects::add);
        }
        objects.forEach(object -> ids.put(object, (long) ids.size() + 1));
        java.util.Map<String, java.util.List<Object[]>> rows = new java.util.LinkedHashMap<>();
        java.util.Map<org.eclipse.emf.ecore.EClass, ClassTable> tables = new java.util.HashMap<>();
        mapping.tables().forEach(table -> tables.put(table.eClass(), table));
        for (EObject object : objects) {
            rows.computeIfAbsent("INSERT INTO GARRISON_OBJECT (ID, ECLASS) VALUES (?, ?)", k -> new java.util.ArrayList<>())
                    .add(new Object[] { ids.get(object), object.eClass().getEPackage().getNsURI() + "#" + object.eClass().getName() });
        }
        for (EObject object : objects) {
            ClassTable table = tables.get(object.eClass());
            StringBuilder columns = new StringBuilder("ID, VERSION");
            StringBuilder marks = new StringBuilder("?, ?");
            Object[] row = new Object[table.columns().size() + 2];
            row[0] = ids.get(object);
            row[1] = 0;
            int i = 2;
            for (ClassTable.Column column : table.columns()) {
                columns.append(", \"").append(column.name()).append('"');
                marks.append(", ?");
                row[i++] = jdbc(object.eGet(column.feature()), ids);
            }
            rows.computeIfAbsent("INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")", k -> new java.util.ArrayList<>()).add(row);
            for (ClassTable.LinkTable link : table.links()) {
                java.util.List<?> values = (java.util.List<?>) object.eGet(link.feature());
                String sql = "INSERT INTO " + link.name() + " (OWNER_ID, \"POSITION\", " + (link.isReference() ? "TARGET_ID" : "\"VALUE\"") + ") VALUES (?, ?, ?)";
                for (int p = 0; p < values.size(); p++) {
                    rows.computeIfAbsent(sql, k -> new java.util.ArrayList<>()).add(new Object[] { ids.get(object), p, jdbc(values.get(p), ids) });
                }
            }
        }
        long start = System.nanoTime();
        try (Connection connection = database.connect()) {
            for (var entry : rows.entrySet()) {
                try (java.sql.PreparedStatement insert = connection.prepareStatement(entry.getKey())) {
                    int pending = 0;
                    for (Object[] row : entry.getValue()) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                        if (++pending % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        database.shutdown();
        return seconds;
    }

    private static Object jdbc(Object value, java.util.Map<EObject, Long> ids) {
        if (value instanceof EObject target) {
            return ids.get(target);
        } else if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getName();
        } else if (value instanceof java.time.LocalDate date) {
            return java.sql.Date.valueOf(date);
        } else if (value instanceof java.util.Date date) {
            return new java.sql.Timestamp(date.getTime());
        }
        return value;
    }

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path folder = Files.createTempDirectory("garrison-store-bench");
        DerbyDatabase.configureSystem(folder);
        SchemaMapping mapping = SchemaMapping.of(List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE,
                MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE));
        SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
        DerbyDatabase database = new DerbyDatabase(folder, "bench", null);

        long t0 = System.nanoTime();
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, mapping);
        }
        long t1 = System.nanoTime();
        try (Connection connection = database.connect()) {
            new ObjectWriter(mapping).insert(connection, sample.roots());
            connection.commit();
        }
        long t2 = System.nanoTime();
        List<EObject> loaded;
        try (Connection connection = database.connect()) {
            loaded = new ObjectReader(mapping).loadAll(connection);
            connection.rollback();
        }
        long t3 = System.nanoTime();
        double raw = rawInserts(folder, mapping, SampleDistrict.generate(42, size, 2026));
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        Path xmi = folder.resolve("sample.xmi");
        Resource out = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(out);
        out.getContents().addAll(loaded);
        long t4 = System.nanoTime();
        out.save(Map.of());
        long t5 = System.nanoTime();
        Resource in = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(in);
        in.load(Map.of());
        long t6 = System.nanoTime();
        database.shutdown();

        System.out.printf("size %s (%,d militia members)%n", size, size.militiaMembers());
        System.out.printf("create schema        %6.2f s%n", (t1 - t0) / 1e9);
        System.out.printf("commit all (store)   %6.2f s%n", (t2 - t1) / 1e9);
        System.out.printf("raw JDBC inserts     %6.2f s   (same rows, same tables, rows built beforehand)%n", raw);
        System.out.printf("commit ratio store/raw %4.2f%n", (t2 - t1) / 1e9 / raw);
        System.out.printf("load all (store)     %6.2f s%n", (t3 - t2) / 1e9);
        System.out.printf("heap after loading   %6.0f MB (both copies in memory)%n", heap / 1e6);
        System.out.printf("save XMI             %6.2f s   %,.1f MB%n", (t5 - t4) / 1e9, Files.size(xmi) / 1e6);
        System.out.printf("load XMI             %6.2f s%n", (t6 - t5) / 1e9);
        System.out.printf("load ratio store/XMI %6.2f%n", (double) (t3 - t2) / (t6 - t5));
    }
}
