package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
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
        EPackage department = EcoreFactory.eINSTANCE.createEPackage();
        department.setName("recordstest");
        department.setNsPrefix("recordstest");
        department.setNsURI("http://example.org/garrison/test/recordstest/1.0");
        EClass lecture = EcoreFactory.eINSTANCE.createEClass();
        lecture.setName("Lecture");
        lecture.getESuperTypes().add(CorePackage.Literals.RECORD);
        EAttribute title = EcoreFactory.eINSTANCE.createEAttribute();
        title.setName("title");
        title.setEType(EcorePackage.Literals.ESTRING);
        lecture.getEStructuralFeatures().add(title);
        department.getEClassifiers().add(lecture);

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
