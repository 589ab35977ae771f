package org.garrison.testing;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.garrison.model.core.CorePackage;

/** A department's model as an integrator would make it with no Java: a dynamic package whose class extends core.Record. */
public final class DepartmentPackages {

    private DepartmentPackages() {
    }

    /** A new package {@code prefix} holding {@code Lecture extends core.Record} with a text {@code title}; answers the class. */
    public static EClass lectureExtendingRecord(String prefix) {
        EPackage department = EcoreFactory.eINSTANCE.createEPackage();
        department.setName(prefix);
        department.setNsPrefix(prefix);
        department.setNsURI("http://example.org/garrison/test/" + prefix + "/1.0");
        EClass lecture = EcoreFactory.eINSTANCE.createEClass();
        lecture.setName("Lecture");
        lecture.getESuperTypes().add(CorePackage.Literals.RECORD);
        EAttribute title = EcoreFactory.eINSTANCE.createEAttribute();
        title.setName("title");
        title.setEType(EcorePackage.Literals.ESTRING);
        lecture.getEStructuralFeatures().add(title);
        department.getEClassifiers().add(lecture);
        return lecture;
    }
}
