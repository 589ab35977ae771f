package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.garrison.testing.ModelEquality;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.Test;

/**
 * Every concrete class of the model can be created, every feature filled, saved to XMI and loaded
 * back unchanged.
 */
class XmiRoundTripTest {

    @Test
    void everyConcreteClassSurvivesXmiUnchanged() throws IOException {
        List<EClass> classes = ModelPackages.concreteClasses();
        assertThat(classes).hasSizeGreaterThan(40);
        for (EClass eClass : classes) {
            List<EObject> roots = new ArrayList<>();
            EObject filled = fill(eClass, roots, 0);
            roots.add(0, filled);

            List<EObject> loaded = roundTrip(roots);

            assertThat(ModelEquality.equal(roots, loaded)).as(eClass.getName() + " after save and load").isTrue();
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (fillable(feature)) {
                    assertThat(loaded.get(0).eIsSet(feature)).as(eClass.getName() + "." + feature.getName() + " is set").isTrue();
                }
            }
        }
    }

    /** An instance with every changeable feature set; referenced objects that it does not contain go to {@code roots}. */
    private static EObject fill(EClass type, List<EObject> roots, int depth) {
        // a reference to an abstract class (a hazard raised by some record) gets a record of a concrete subclass
        EClass eClass = type.isAbstract() ? ModelPackages.concreteClasses().stream().filter(type::isSuperTypeOf).findFirst().orElseThrow() : type;
        EObject object = EcoreUtil.create(eClass);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!fillable(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                Object value = sample(attribute);
                if (feature.isMany()) {
                    ((List<Object>) object.eGet(feature)).add(value);
                } else {
                    object.eSet(feature, value);
                }
            } else if (feature instanceof EReference reference && depth < 1) {
                EObject target = fill(reference.getEReferenceType(), roots, depth + 1);
                if (!reference.isContainment()) {
                    roots.add(target);
                }
                if (reference.isMany()) {
                    ((List<EObject>) object.eGet(reference)).add(target);
                } else {
                    object.eSet(reference, target);
                }
            }
        }
        return object;
    }

    private static boolean fillable(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                && !(feature instanceof EReference reference && (reference.isContainer() || reference.getEOpposite() != null && !reference.isContainment()));
    }

    private static Object sample(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
        }
        if (type == String.class) {
            return "样例-" + attribute.getName();
        } else if (type == int.class || type == Integer.class) {
            return 7;
        } else if (type == double.class || type == Double.class) {
            return 3.5;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == long.class) {
            return 9L;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 5, 4);
        } else if (type == Date.class) {
            return new Date(1_780_000_000_000L);
        } else if (type == BigDecimal.class) {
            return new BigDecimal("12.50");
        } else if (type == byte[].class) {
            return new byte[] { 1, 2, 3 };
        }
        throw new AssertionError("no sample value for " + attribute.getEContainingClass().getName() + "." + attribute.getName() + " of " + type);
    }

    private static List<EObject> roundTrip(List<EObject> roots) throws IOException {
        ResourceSet saving = resourceSet();
        Resource out = saving.createResource(URI.createURI("memory:/records.xmi"));
        out.getContents().addAll(roots);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());

        ResourceSet loading = resourceSet();
        Resource in = loading.createResource(URI.createURI("memory:/records.xmi"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        List<EObject> loaded = new ArrayList<>(in.getContents());
        roots.clear();
        roots.addAll(out.getContents());
        return loaded;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return set;
    }
}
