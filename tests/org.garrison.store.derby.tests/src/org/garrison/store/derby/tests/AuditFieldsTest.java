package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Record;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.Test;

/**
 * Who created and last changed a record, and when, are the store's to write: every record gets them at
 * commit, a department's dynamic class extending {@code core.Record} included, and an update moves only
 * the "changed" pair; the change log does not count them as the user's changes.
 */
class AuditFieldsTest {

    @Test
    void recordsGetWhoAndWhenAtCommitAndADepartmentsRecordIsACoreRecord() throws Exception {
        EClass lecture = org.garrison.testing.DepartmentPackages.lectureExtendingRecord("audittest");
        EPackage department = lecture.getEPackage();
        org.eclipse.emf.ecore.EStructuralFeature title = lecture.getEStructuralFeature("title");
        EPackage.Registry.INSTANCE.put(department.getNsURI(), department);

        Date before = new Date();
        try (DerbyStore store = TestDatabases.freshStore("audit")) {
            EObject given = EcoreUtil.create(lecture);
            given.eSet(title, "国防教育讲座");
            District district = CoreFactory.eINSTANCE.createDistrict();
            district.setName("审计区");
            district.setCode("320102");
            try (StoreSession session = store.openSession("zhangwei")) {
                session.add(given);
                session.add(district);
                session.commit();
                assertThat(((Record) given).getCreatedBy()).isEqualTo("zhangwei");
                assertThat(district.getCreatedAt()).isNotNull();
            }
            long lectureId;
            try (StoreSession reader = store.openSession("lisi")) {
                List<EObject> read = reader.list(Query.of(lecture));
                assertThat(read).singleElement().isInstanceOf(Record.class);
                Record stored = (Record) read.get(0);
                assertThat(stored.getCreatedBy()).isEqualTo("zhangwei");
                assertThat(stored.getChangedBy()).isEqualTo("zhangwei");
                assertThat(stored.getCreatedAt()).isAfterOrEqualTo(new Date(before.getTime() - 1000));
                assertThat(read.get(0).eGet(title)).isEqualTo("国防教育讲座");
                lectureId = reader.idOf(stored).getAsLong();
                read.get(0).eSet(title, "国防教育讲座（补课）");
                reader.commit();
                assertThat(reader.history(stored)).extracting(change -> change.feature()).as("the log holds the user's change only")
                        .containsExactly(null, "title");
            }
            try (StoreSession reader = store.openSession()) {
                Record changed = (Record) reader.find(lectureId);
                assertThat(changed.getCreatedBy()).isEqualTo("zhangwei");
                assertThat(changed.getChangedBy()).isEqualTo("lisi");
                assertThat(changed.getChangedAt()).isAfterOrEqualTo(changed.getCreatedAt());
            }
        } finally {
            EPackage.Registry.INSTANCE.remove(department.getNsURI());
        }
    }
}
