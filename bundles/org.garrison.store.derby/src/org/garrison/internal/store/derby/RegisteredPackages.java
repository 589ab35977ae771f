package org.garrison.internal.store.derby;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;

/**
 * The model packages the store maps: every package in EMF's global registry (the product's and
 * every installed plugin's, registered through {@code org.eclipse.emf.ecore.generated_package}),
 * except EMF's and the W3C's own infrastructure packages, which hold no records.
 */
final class RegisteredPackages {

    private static final List<String> INFRASTRUCTURE = List.of("http://www.eclipse.org/emf/", "http://www.w3.org/"); //$NON-NLS-1$ //$NON-NLS-2$

    private RegisteredPackages() {
    }

    static List<EPackage> all() {
        List<EPackage> packages = new ArrayList<>();
        for (String nsUri : new ArrayList<>(EPackage.Registry.INSTANCE.keySet())) {
            if (INFRASTRUCTURE.stream().anyMatch(nsUri::startsWith)) {
                continue;
            }
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
            if (ePackage != null && ePackage.getESuperPackage() == null && !packages.contains(ePackage)) {
                packages.add(ePackage);
            }
        }
        packages.sort(java.util.Comparator.comparing(EPackage::getNsURI));
        return packages;
    }
}
