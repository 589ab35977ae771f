package org.garrison.testing;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;

/** The model's five packages and their concrete classes, for the tests of every bundle. */
public final class ModelPackages {

    public static final List<EPackage> ALL = List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE,
            MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE);

    private ModelPackages() {
    }

    public static List<EClass> concreteClasses() {
        return ALL.stream().flatMap(p -> p.getEClassifiers().stream())
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface())
                .toList();
    }
}
