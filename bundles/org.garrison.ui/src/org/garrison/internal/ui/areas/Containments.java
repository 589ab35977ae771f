package org.garrison.internal.ui.areas;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a new record of a kind goes, so that an area gets New from its plugin.xml alone: the list its
 * {@code newIn} names ({@code StudyLedger.regimes}). Named, not guessed: a kind whose records are made
 * elsewhere (a muster from its units) keeps New to the area's own wizard, or none.
 */
final class Containments {

    private Containments() {
    }

    /** The containment {@code newIn} names, or null when the kind has none named (New then needs the area's own wizard). */
    static EReference holding(EClass kind, String newIn) {
        return newIn == null || newIn.isBlank() ? null : named(kind, newIn.strip());
    }

    /** {@code Class.feature} in the kind's package (or a package of its supertypes). */
    private static EReference named(EClass kind, String newIn) {
        int dot = newIn.lastIndexOf('.');
        if (dot > 0) {
            for (EPackage ePackage : packages(kind)) {
                if (ePackage.getEClassifier(newIn.substring(0, dot)) instanceof EClass owner) {
                    EStructuralFeature feature = owner.getEStructuralFeature(newIn.substring(dot + 1));
                    if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()
                            && reference.getEReferenceType().isSuperTypeOf(kind)) {
                        return reference;
                    }
                }
            }
        }
        throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(org.garrison.internal.ui.Messages.Areas_badNewIn, newIn, kind.getName()));
    }

    /**
     * Whether records of the kind stand on their own (a department's lecture, a core record subclass): no
     * containment of its package, or of its supertypes' packages, holds them. New then stores the record as
     * a root; a kind some list holds needs {@code newIn} to say which.
     */
    static boolean isRoot(EClass kind) {
        if (kind.isAbstract() || kind.isInterface()) {
            return false;
        }
        for (EPackage ePackage : packages(kind)) {
            for (var classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass owner) {
                    for (EReference reference : owner.getEReferences()) {
                        if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(kind)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static Set<EPackage> packages(EClass kind) {
        Set<EPackage> packages = new LinkedHashSet<>();
        packages.add(kind.getEPackage());
        kind.getEAllSuperTypes().forEach(superType -> packages.add(superType.getEPackage()));
        return packages;
    }
}
