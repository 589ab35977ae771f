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
import org.garrison.internal.store.derby.DerbyStore;
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
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The store's speed against its baselines, in one run: commit all against raw JDBC inserts of the
 * same rows; load all against raw JDBC selects building the same objects, and against XMI; a
 * query (core militia of one town) against loading all; the heap a loaded session uses.
 */
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

    /**
     * The load baseline: plain JDBC selects over the same tables, building the same objects with
     * their attributes, references and ordered lists, and nothing else (no identity map for a
     * session, no proxies, no change tracking).
     */
    static List<EObject> rawLoad(Connection connection, SchemaMapping mapping) throws Exception {
        java.util.Map<Long, EObject> byId = new java.util.HashMap<>();
        java.util.List<Object[]> references = new java.util.ArrayList<>();
        for (ClassTable table : mapping.tables()) {
            try (java.sql.Statement select = connection.createStatement();
                    java.sql.ResultSet rows = select.executeQuery("SELECT * FROM " + table.name())) {
                java.sql.ResultSetMetaData meta = rows.getMetaData();
                java.util.Map<String, Integer> index = new java.util.HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    index.put(meta.getColumnName(i), i);
                }
                while (rows.next()) {
                    EObject object = org.eclipse.emf.ecore.util.EcoreUtil.create(table.eClass());
                    byId.put(rows.getLong(index.get("ID")), object);
                    for (ClassTable.Column column : table.columns()) {
                        int i = index.get(column.name());
                        if (column.isReference()) {
                            long target = rows.getLong(i);
                            if (!rows.wasNull()) {
                                references.add(new Object[] { object, column.feature(), target });
                            }
                            continue;
                        }
                        Object value = value(rows, i, (org.eclipse.emf.ecore.EAttribute) column.feature());
                        if (value != null) {
                            object.eSet(column.feature(), value);
                        }
                    }
                }
            }
        }
        for (Object[] reference : references) {
            ((EObject) reference[0]).eSet((org.eclipse.emf.ecore.EStructuralFeature) reference[1], byId.get(reference[2]));
        }
        for (ClassTable table : mapping.tables()) {
            for (ClassTable.LinkTable link : table.links()) {
                try (java.sql.Statement select = connection.createStatement();
                        java.sql.ResultSet rows = select.executeQuery("SELECT OWNER_ID, " + (link.isReference() ? "TARGET_ID" : "\"VALUE\"")
                                + " FROM " + link.name() + " ORDER BY OWNER_ID, \"POSITION\"")) {
                    while (rows.next()) {
                        EObject owner = byId.get(rows.getLong(1));
                        if (owner == null || owner.eClass() != table.eClass()) {
                            continue;
                        }
                        @SuppressWarnings("unchecked")
                        java.util.List<Object> values = (java.util.List<Object>) owner.eGet(link.feature());
                        values.add(link.isReference() ? byId.get(rows.getLong(2)) : value(rows, 2, (org.eclipse.emf.ecore.EAttribute) link.feature()));
                    }
                }
            }
        }
        connection.rollback();
        java.util.List<EObject> roots = new java.util.ArrayList<>();
        byId.values().stream().filter(object -> object.eContainer() == null).forEach(roots::add);
        return roots;
    }

    private static Object value(java.sql.ResultSet rows, int i, org.eclipse.emf.ecore.EAttribute attribute) throws java.sql.SQLException {
        Object value = rows.getObject(i);
        if (value == null) {
            return null;
        }
        if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
            return eEnum.getEEnumLiteral((String) value).getInstance();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return new java.util.Date(timestamp.getTime());
        }
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof java.math.BigDecimal decimal && attribute.getEAttributeType().getInstanceClass() != java.math.BigDecimal.class) {
            return decimal;
        }
        return value;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /**
     * Runs both paths once on a small district first, so that neither is measured while the JIT is
     * still compiling Derby's code the other one then gets for free.
     */
    static void warmUp(Path folder, List<org.eclipse.emf.ecore.EPackage> packages, SchemaMapping mapping) throws Exception {
        DerbyStore warm = DerbyStore.open(new StoreSettings.Embedded(folder, "warm", null), packages,
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        try (StoreSession session = warm.openSession()) {
            SampleDistrict.generate(7, SampleSize.SMALL, 2026).roots().forEach(session::add);
            session.commit();
        }
        try (StoreSession session = warm.openSession()) {
            session.loadAll();
        }
        try (Connection connection = warm.connect()) {
            rawLoad(connection, mapping);
        }
        warm.close();
        rawInserts(folder.resolve("warm-raw"), mapping, SampleDistrict.generate(7, SampleSize.SMALL, 2026));
    }

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path folder = Files.createTempDirectory("garrison-store-bench");
        List<org.eclipse.emf.ecore.EPackage> packages = List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE,
                MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE);
        SchemaMapping mapping = SchemaMapping.of(packages);
        // The store checks each commit with a validator; validation is measured on its own by bench/sample-district.
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "bench", null), packages,
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());

        warmUp(folder, packages, mapping);

        SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
        String townName = sample.district().getUnits().get(0).getName();
        long t0 = System.nanoTime();
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        long t1 = System.nanoTime();
        sample = null;

        StoreSession reader = store.openSession();
        long t2 = System.nanoTime();
        List<EObject> loaded = reader.loadAll();
        long t3 = System.nanoTime();
        long heapWithSession = usedHeap();

        double query = Double.MAX_VALUE;
        int found = 0;
        for (int run = 0; run < 5; run++) {
            try (StoreSession session = store.openSession()) {
                org.garrison.model.core.OrgUnit town = session.<org.garrison.model.core.OrgUnit>list(Query.of(CorePackage.Literals.ORG_UNIT)
                        .where(Condition.eq(CorePackage.Literals.ORG_UNIT__NAME, townName))).get(0);
                long q0 = System.nanoTime();
                List<EObject> core = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                        .where(Condition.eq(MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY, org.garrison.model.mobilization.MilitiaCategory.CORE))
                        .where(Condition.eq(FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__UNIT, MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT), town)));
                query = Math.min(query, seconds(q0, System.nanoTime()));
                found = core.size();
            }
        }

        long t4 = System.nanoTime();
        List<EObject> raw;
        try (Connection connection = store.connect()) {
            raw = rawLoad(connection, mapping);
        }
        long t5 = System.nanoTime();
        raw = null;

        Path xmi = folder.resolve("sample.xmi");
        Resource out = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(out);
        out.getContents().addAll(loaded);
        long t6 = System.nanoTime();
        out.save(Map.of());
        long t7 = System.nanoTime();
        Resource in = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(in);
        in.load(Map.of());
        long t8 = System.nanoTime();
        reader.close();
        reader = null;
        loaded = null;
        out = null;
        in = null;
        long heapLoaded = heapWithSession - usedHeap();
        store.close();

        double rawInsert = rawInserts(folder, mapping, SampleDistrict.generate(42, size, 2026));

        double commit = seconds(t0, t1);
        double load = seconds(t2, t3);
        double rawLoad = seconds(t4, t5);
        double xmiLoad = seconds(t7, t8);
        System.out.printf("size %s: %,d militia members, %d towns%n", size, size.militiaMembers(), size.towns());
        System.out.printf("%-44s %8s %8s %8s%n", "figure", "seconds", "ratio", "target");
        System.out.printf("%-44s %8.2f%n", "commit all through the store", commit);
        System.out.printf("%-44s %8.2f %8.2f %8s%n", "  raw JDBC batched inserts, same rows", rawInsert, commit / rawInsert, "<= 1.5");
        System.out.printf("%-44s %8.2f%n", "load all through the store", load);
        System.out.printf("%-44s %8.2f %8.2f %8s%n", "  raw JDBC selects building the objects", rawLoad, load / rawLoad, "<= 2.0");
        System.out.printf("%-44s %8.2f %8.2f %8s%n", "  load the same objects from XMI", xmiLoad, load / xmiLoad, "<= 1.0");
        System.out.printf("%-44s %8.2f   (%,.1f MB)%n", "  save them to XMI", seconds(t6, t7), Files.size(xmi) / 1e6);
        System.out.printf("%-44s %8.3f %8.4f   (%,d members, best of 5; ratio to load all)%n", "query: core militia of " + townName, query, query / load, found);
        System.out.printf("%-44s %8.0f MB%n", "heap used by the loaded session", heapLoaded / 1e6);
    }
}
