package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.schema.ModelMigrations;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CorePackage;
import org.garrison.model.security.SecurityPackage;
import org.junit.jupiter.api.Test;

/**
 * A database made before maintenance plans had interval units and before maintenance records were
 * records of their own (held in their asset's list) opens with the current model and loses nothing:
 * 30 days stay 30 days, every record names the asset that held it.
 */
class ModelMigrationsTest {

    private static final String SECURITY = SecurityPackage.eNS_URI + "#";

    @Test
    void anEarlierSecurityAreaIsCarriedIntoTheCurrentOne() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("migrations");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, earlierSecurity())));
            Map<String, SchemaMapping.StoredFeature> earlier = SchemaWriter.recordedFeatures(connection);
            String assets = earlier.get(SECURITY + "Asset.name").table();
            String plans = earlier.get(SECURITY + "MaintenancePlan.description").table();
            String records = earlier.get(SECURITY + "MaintenanceRecord.work").table();
            String link = earlier.get(SECURITY + "Asset.records").table();
            String days = earlier.get(SECURITY + "MaintenancePlan.intervalDays").column();
            execute(connection, "INSERT INTO GARRISON_OBJECT (ID, ECLASS) VALUES (1, '" + SECURITY + "Asset'), (2, '" + SECURITY
                    + "MaintenancePlan'), (3, '" + SECURITY + "MaintenanceRecord'), (4, '" + SECURITY + "MaintenanceRecord')");
            execute(connection, "INSERT INTO " + assets + " (ID, VERSION, \"NAME\") VALUES (1, 0, '消防设施-1')");
            execute(connection, "INSERT INTO " + plans + " (ID, VERSION, \"DESCRIPTION\", \"" + days + "\") VALUES (2, 0, '月检', 30)");
            execute(connection, "INSERT INTO " + records + " (ID, VERSION, \"WORK\") VALUES (3, 0, '检查灭火器'), (4, 0, '更换灭火器')");
            execute(connection, "INSERT INTO " + link + " (OWNER_ID, \"POSITION\", TARGET_ID) VALUES (1, 0, 3), (1, 1, 4)");
            connection.commit();

            new SchemaWriter().register(ModelMigrations.all().get(0)).register(ModelMigrations.all().get(1))
                    .apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, SecurityPackage.eINSTANCE)));

            Map<String, SchemaMapping.StoredFeature> now = SchemaWriter.recordedFeatures(connection);
            assertThat(now).doesNotContainKeys(SECURITY + "MaintenancePlan.intervalDays", SECURITY + "Asset.records");
            assertThat(single(connection, "SELECT \"" + now.get(SECURITY + "MaintenancePlan.interval").column() + "\", \""
                    + now.get(SECURITY + "MaintenancePlan.intervalUnit").column() + "\" FROM " + plans)).containsExactly(30, null);
            String asset = now.get(SECURITY + "MaintenanceRecord.asset").column();
            assertThat(single(connection, "SELECT COUNT(*) FROM " + records + " WHERE \"" + asset + "\" = 1")).containsExactly(2);
            assertThat(SchemaTest.columns(connection.getMetaData(), plans)).doesNotContainKey(days);
            try (ResultSet tables = connection.getMetaData().getTables(null, null, link, null)) {
                assertThat(tables.next()).as("the old list's table is dropped").isFalse();
            }
            connection.commit();
        }
        database.shutdown();
    }

    /** The security package as it was: {@code intervalDays} without a unit, records contained in {@code Asset.records}. */
    private static EPackage earlierSecurity() {
        EPackage earlier = EcoreUtil.copy(SecurityPackage.eINSTANCE);
        EClass plan = (EClass) earlier.getEClassifier("MaintenancePlan");
        plan.getEStructuralFeature("interval").setName("intervalDays");
        plan.getEStructuralFeatures().remove(plan.getEStructuralFeature("intervalUnit"));
        EClass record = (EClass) earlier.getEClassifier("MaintenanceRecord");
        record.getEStructuralFeatures().remove(record.getEStructuralFeature("asset"));
        EReference records = EcoreFactory.eINSTANCE.createEReference();
        records.setName("records");
        records.setEType(record);
        records.setContainment(true);
        records.setUpperBound(-1);
        ((EClass) earlier.getEClassifier("Asset")).getEStructuralFeatures().add(records);
        return earlier;
    }

    private static List<Object> single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            List<Object> values = new java.util.ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                values.add(row.getObject(i));
            }
            return values;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
