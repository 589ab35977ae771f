package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.Test;

/** The schema generated from the model's Ecore metadata, as Derby's own catalog shows it. */
class SchemaTest {

    private static final List<EPackage> MODEL = ModelPackages.ALL;

    @Test
    void everyConcreteClassGetsATableWithTypedColumns() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("schema");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(MODEL));
            DatabaseMetaData catalog = connection.getMetaData();

            long concrete = MODEL.stream().flatMap(p -> p.getEClassifiers().stream())
                    .filter(c -> c instanceof EClass e && !e.isAbstract()).count();
            assertThat(classTables(catalog)).hasSize((int) concrete);

            Map<String, Integer> person = columns(catalog, "CORE_PERSON");
            assertThat(person).containsEntry("ID", Types.BIGINT).containsEntry("VERSION", Types.INTEGER)
                    .containsEntry("NAME", Types.VARCHAR).containsEntry("IDENTITY_NUMBER", Types.VARCHAR)
                    .containsEntry("POLITICAL_STATUS", Types.VARCHAR).containsEntry("ORG_UNIT_ID", Types.BIGINT)
                    .containsEntry("CREATED_AT", Types.TIMESTAMP)
                    .doesNotContainKeys("SEX", "BIRTH_DATE"); // derived from the identity number, never stored
            assertThat(columns(catalog, "MOBILIZATION_MUSTER")).containsEntry("DATE", Types.DATE).containsEntry("EXPECTED", Types.INTEGER)
                    .doesNotContainKeys("ATTENDANCE_RATE", "ABSENT");
            assertThat(columns(catalog, "SECURITY_MAINTENANCE_RECORD")).containsEntry("COST", Types.DECIMAL);
            assertThat(columns(catalog, "CORE_ATTACHMENT")).containsEntry("CONTENT", Types.BLOB);
            assertThat(columns(catalog, "CORE_ORG_UNIT")).doesNotContainKey("PARENT_ID"); // the container side of a containment
            assertThat(columns(catalog, "MOBILIZATION_MILITIA_MEMBER")).doesNotContainKey("UNIT_ID");

            assertThat(columns(catalog, "CORE_DISTRICT__PERSONS")).containsOnlyKeys("OWNER_ID", "POSITION", "TARGET_ID");
            assertThat(columns(catalog, "STUDY_STUDY_SESSION__ATTENDEES")).containsOnlyKeys("OWNER_ID", "POSITION", "TARGET_ID");

            assertThat(indexedColumns(catalog, "CORE_PERSON")).contains("ORG_UNIT_ID");
            assertThat(indexedColumns(catalog, "CORE_DISTRICT__PERSONS")).contains("TARGET_ID");
            assertThat(foreignKeys(catalog, "CORE_PERSON")).containsEntry("ORG_UNIT_ID", "GARRISON_OBJECT").containsEntry("ID", "GARRISON_OBJECT");

            try (Statement statement = connection.createStatement();
                    ResultSet model = statement.executeQuery("SELECT NS_URI FROM GARRISON_MODEL ORDER BY NS_URI")) {
                List<String> uris = new ArrayList<>();
                while (model.next()) {
                    uris.add(model.getString(1));
                }
                assertThat(uris).containsExactlyInAnyOrder(MODEL.stream().map(EPackage::getNsURI).toArray(String[]::new));
            }
            connection.rollback();
        }
        database.shutdown();
    }

    @Test
    void applyingTheSameModelAgainChangesNothing() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("again");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(MODEL));
            int before = classTables(connection.getMetaData()).size();
            new SchemaWriter().apply(connection, SchemaMapping.of(MODEL));
            assertThat(classTables(connection.getMetaData())).hasSize(before);
            connection.rollback();
        }
        database.shutdown();
    }

    @Test
    void derbysLogLivesInTheDataFolder() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("log");
        try (Connection connection = database.connect()) {
            assertThat(connection.isValid(5)).isTrue();
            connection.rollback();
        }
        database.shutdown();
        assertThat(TestDatabases.DATA_FOLDER.resolve("derby.log")).exists();
        assertThat(Path.of("derby.log")).doesNotExist();
        assertThat(Files.isDirectory(database.location())).isTrue();
    }

    static List<String> classTables(DatabaseMetaData catalog) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = catalog.getTables(null, "APP", "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.startsWith("GARRISON_") && !name.contains("__")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    static Map<String, Integer> columns(DatabaseMetaData catalog, String table) throws Exception {
        Map<String, Integer> columns = new HashMap<>();
        try (ResultSet rows = catalog.getColumns(null, "APP", table, "%")) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    private static List<String> indexedColumns(DatabaseMetaData catalog, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = catalog.getIndexInfo(null, "APP", table, false, false)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static Map<String, String> foreignKeys(DatabaseMetaData catalog, String table) throws Exception {
        Map<String, String> keys = new HashMap<>();
        try (ResultSet rows = catalog.getImportedKeys(null, "APP", table)) {
            while (rows.next()) {
                keys.put(rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"));
            }
        }
        return keys;
    }
}
