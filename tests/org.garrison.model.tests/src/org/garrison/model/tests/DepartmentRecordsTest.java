package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Record;
import org.junit.jupiter.api.Test;

/**
 * A department's dynamic class extends {@code core.Record}: its records are core records (audit fields,
 * attachments) with the department's own features, made by EMF as any dynamic object is.
 */
class DepartmentRecordsTest {

    @Test
    void aDynamicSubclassOfRecordIsACoreRecordWithItsOwnFeatures() {
        EClass lecture = org.garrison.testing.DepartmentPackages.lectureExtendingRecord("recordstest");
        org.eclipse.emf.ecore.EStructuralFeature title = lecture.getEStructuralFeature("title");

        EObject created = EcoreUtil.create(lecture);
        assertThat(created).isInstanceOf(Record.class);
        assertThat(created.eClass()).isSameAs(lecture);
        created.eSet(title, "全民国防教育日专题讲座");
        Record record = (Record) created;
        record.setCreatedBy("zhangwei");
        record.getAttachments().add(CoreFactory.eINSTANCE.createAttachment());
        assertThat(created.eGet(title)).isEqualTo("全民国防教育日专题讲座");
        assertThat(created.eGet(CorePackage.Literals.RECORD__CREATED_BY)).isEqualTo("zhangwei");
        assertThat(record.getAttachments()).hasSize(1);
        assertThat(EcoreUtil.copy(created).eGet(title)).as("copied as any record").isEqualTo("全民国防教育日专题讲座");
    }
}
