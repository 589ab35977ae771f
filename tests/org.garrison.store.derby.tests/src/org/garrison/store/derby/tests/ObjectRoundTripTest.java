package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.objects.LoadedObjects;
import org.garrison.internal.store.derby.objects.ObjectIds;
import org.garrison.internal.store.derby.objects.ObjectReader;
import org.garrison.internal.store.derby.objects.ObjectWriter;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.Person;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.testing.ModelEquality;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.Test;

/**
 * Object trees written into the Derby tables and read back are unchanged: the sample district,
 * which holds an instance of every concrete class of the model.
 */
class ObjectRoundTripTest {

    private static final List<EPackage> MODEL = ModelPackages.ALL;

    @Test
    void theSampleDistrictComesBackUnchanged() throws Exception {
        SchemaMapping mapping = SchemaMapping.of(MODEL);
        SampleDistrict sample = SampleDistrict.generate(11, SampleSize.TINY, 2026);
        DerbyDatabase database = TestDatabases.fresh("roundtrip");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, mapping);
            new ObjectWriter(mapping).insert(connection, sample.roots());
            connection.commit();
        }
        database.shutdown();

        try (Connection connection = database.connect()) {
            ObjectReader reader = new ObjectReader(mapping);
            List<EObject> loaded = reader.loadAll(connection, new LoadedObjects(URI.createURI("garrison:/test")));
            int largeValues = 0;
            for (java.util.Iterator<EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(loaded, true); all.hasNext();) {
                if (all.next() instanceof org.garrison.model.core.Attachment attachment) {
                    assertThat(attachment.getContent()).as("large values are read on demand only").isNull();
                    attachment.setContent((byte[]) reader.readLarge(connection, attachment,
                            org.garrison.model.core.CorePackage.Literals.ATTACHMENT__CONTENT));
                    largeValues++;
                }
            }
            connection.rollback();
            assertThat(largeValues).as("the sample carries attachments").isPositive();
            assertThat(loaded).hasSize(sample.roots().size());
            assertThat(ModelEquality.equal(sample.roots(), loaded)).isTrue();
            assertThat(ObjectIds.of(loaded.get(0)).id()).isEqualTo(ObjectIds.of(sample.district()).id());
        }
        database.shutdown();
    }

    @Test
    void aFailedInsertLeavesNothingBehind() throws Exception {
        SchemaMapping mapping = SchemaMapping.of(MODEL);
        DerbyDatabase database = TestDatabases.fresh("atomic");
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, mapping);
            Person unsaved = CoreFactory.eINSTANCE.createPerson();
            var district = CoreFactory.eINSTANCE.createDistrict();
            district.setName("示范区");
            var orgUnit = CoreFactory.eINSTANCE.createOrgUnit();
            district.getUnits().add(orgUnit);
            Person resident = CoreFactory.eINSTANCE.createPerson();
            resident.setOrgUnit(orgUnit);
            resident.setName("张三");
            district.getPersons().add(resident);
            Person stranger = CoreFactory.eINSTANCE.createPerson();
            stranger.setOrgUnit(orgUnit);
            district.getPersons().add(stranger);
            var task = org.garrison.model.study.StudyFactory.eINSTANCE.createStudySession();
            task.setPresenter(unsaved); // refers to a person that is in no stored tree

            assertThatThrownBy(() -> new ObjectWriter(mapping).insert(connection, List.of(district, task)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("not stored");
            connection.rollback();
            try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM GARRISON_OBJECT")) {
                count.next();
                assertThat(count.getInt(1)).isZero();
            }
            connection.rollback();
        }
        database.shutdown();
    }
}
