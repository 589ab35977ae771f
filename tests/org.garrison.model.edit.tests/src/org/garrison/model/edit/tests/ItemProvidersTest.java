package org.garrison.model.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.garrison.model.labels.ModelLabels;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every class of the model has an item provider, found through the registry that the edit
 * bundle's plugin.xml fills: a Chinese label, an icon, and a property descriptor with the
 * model's Chinese display name for every feature staff can edit. The tests run with -nl zh_CN.
 */
class ItemProvidersTest {

    private static final List<EPackage> PACKAGES = ModelPackages.ALL;

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void everyClassHasAChineseLabelAnIconAndPropertyDescriptors() {
        List<String> problems = new ArrayList<>();
        int classes = 0;
        for (EPackage ePackage : PACKAGES) {
            for (EClass eClass : ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList()) {
                if (eClass.isAbstract()) {
                    continue;
                }
                classes++;
                EObject object = EcoreUtil.create(eClass);
                IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
                if (labels == null) {
                    problems.add(eClass.getName() + ": no item provider");
                    continue;
                }
                String kind = ModelLabels.of(eClass, Locale.CHINA);
                if (!labels.getText(object).startsWith(kind)) {
                    problems.add(eClass.getName() + ": label '" + labels.getText(object) + "' does not start with " + kind);
                }
                if (labels.getImage(object) == null) {
                    problems.add(eClass.getName() + ": no icon");
                }
                IItemPropertySource properties = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    if (feature.isDerived() || feature.isTransient() || feature instanceof org.eclipse.emf.ecore.EReference r && (r.isContainment() || r.isContainer())) {
                        continue;
                    }
                    IItemPropertyDescriptor descriptor = properties.getPropertyDescriptor(object, feature);
                    if (descriptor == null) {
                        problems.add(eClass.getName() + "." + feature.getName() + ": no property descriptor");
                    } else if (!ModelLabels.of(feature, Locale.CHINA).equals(descriptor.getDisplayName(object))) {
                        problems.add(eClass.getName() + "." + feature.getName() + ": shown as '" + descriptor.getDisplayName(object)
                                + "', the model calls it '" + ModelLabels.of(feature, Locale.CHINA) + "'");
                    }
                }
            }
        }
        assertThat(classes).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }
}
