package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.schema.Migration;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaMismatchException;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CorePackage;
import org.junit.jupiter.api.Test;

/**
 * A department's own EPackage, unknown to the store, gets its tables with no store change; when
 * its model grows the schema grows and keeps the data; when a feature is removed the store refuses
 * to open, naming the feature, unless a migration step handles it.
 */
class SchemaUpgradeTest {

    private static final String URI = "http://example.org/fire/1.0";

    @Test
    void aPluginsOwnPackageIsMappedWithNoStoreChange() throws Exception {
        EPackage fire = firePackage(false, true);
        DerbyDatabase database = TestDatabases.fresh("plugin");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, fire)));
            assertThat(SchemaTest.columns(connection.getMetaData(), "FIRE_EXTINGUISHER")).containsKeys("ID", "VERSION", "NAME", "STATION_ID", "NOTES");
            connection.rollback();
        }
        database.shutdown();
    }

    @Test
    void aNewFeatureAndClassAreAddedAndTheDataKept() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("upgrade");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, firePackage(false, true))));
            execute(connection, "INSERT INTO GARRISON_OBJECT (ID, ECLASS) VALUES (1, '" + URI + "#Extinguisher')");
            execute(connection, "INSERT INTO FIRE_EXTINGUISHER (ID, VERSION, NAME) VALUES (1, 0, '一号灭火器')");
            connection.commit();

            new SchemaWriter().apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, firePackage(true, true))));

            assertThat(SchemaTest.columns(connection.getMetaData(), "FIRE_EXTINGUISHER")).containsKey("PRESSURE");
            assertThat(SchemaTest.columns(connection.getMetaData(), "FIRE_HOSE")).containsKey("LENGTH");
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT NAME, PRESSURE FROM FIRE_EXTINGUISHER WHERE ID = 1")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("一号灭火器");
                assertThat(row.getObject(2)).isNull();
            }
            connection.rollback();
        }
        database.shutdown();
    }

    @Test
    void aRemovedFeatureStopsTheStoreUntilAMigrationHandlesIt() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("removed");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, SchemaMapping.of(List.of(CorePackage.eINSTANCE, firePackage(false, true))));
            SchemaMapping withoutNotes = SchemaMapping.of(List.of(CorePackage.eINSTANCE, firePackage(false, false)));

            assertThatThrownBy(() -> new SchemaWriter().apply(connection, withoutNotes))
                    .isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("Extinguisher.notes").hasMessageContaining("FIRE_EXTINGUISHER.NOTES")
                    .hasMessageContaining("未作任何修改");
            assertThat(SchemaTest.columns(connection.getMetaData(), "FIRE_EXTINGUISHER")).containsKey("NOTES");

            Migration dropNotes = new Migration() {
                @Override
                public String featureKey() {
                    return URI + "#Extinguisher.notes";
                }

                @Override
                public void migrate(Connection c, SchemaMapping.StoredFeature stored) throws SQLException {
                    execute(c, "ALTER TABLE " + stored.table() + " DROP COLUMN " + stored.column());
                }
            };
            new SchemaWriter().register(dropNotes).apply(connection, withoutNotes);
            assertThat(SchemaTest.columns(connection.getMetaData(), "FIRE_EXTINGUISHER")).doesNotContainKey("NOTES");
            connection.rollback();
        }
        database.shutdown();
    }

    /** A department's package: Extinguisher (name, station → core.OrgUnit, notes if asked), and in version 2 pressure and Hose. */
    private static EPackage firePackage(boolean version2, boolean withNotes) {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage fire = ecore.createEPackage();
        fire.setName("fire");
        fire.setNsPrefix("fire");
        fire.setNsURI(URI);
        EClass extinguisher = ecore.createEClass();
        extinguisher.setName("Extinguisher");
        extinguisher.getEStructuralFeatures().add(attribute("name", EcorePackage.Literals.ESTRING));
        if (withNotes) {
            extinguisher.getEStructuralFeatures().add(attribute("notes", EcorePackage.Literals.ESTRING));
        }
        EReference station = ecore.createEReference();
        station.setName("station");
        station.setEType(CorePackage.Literals.ORG_UNIT);
        extinguisher.getEStructuralFeatures().add(station);
        fire.getEClassifiers().add(extinguisher);
        if (version2) {
            extinguisher.getEStructuralFeatures().add(attribute("pressure", EcorePackage.Literals.EDOUBLE));
            EClass hose = ecore.createEClass();
            hose.setName("Hose");
            hose.getEStructuralFeatures().add(attribute("length", EcorePackage.Literals.EINT));
            fire.getEClassifiers().add(hose);
        }
        return fire;
    }

    private static EAttribute attribute(String name, org.eclipse.emf.ecore.EDataType type) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        return attribute;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
