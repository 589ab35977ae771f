package org.garrison.internal.ui.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.garrison.internal.ui.Messages;
import org.garrison.store.query.FeaturePath;
import org.garrison.ui.GarrisonUI;

/**
 * Reads the areas contributed to {@code org.garrison.ui.areas}. A contribution that names an
 * unknown class or feature is left out and logged with what is wrong and where, so that one
 * department's mistake never hides the other areas.
 */
public final class AreaRegistry {

    public static final String EXTENSION_POINT = GarrisonUI.PLUGIN_ID + ".areas"; //$NON-NLS-1$

    private AreaRegistry() {
    }

    /** The editor an area names for records of the class; the generic record editor when none does. */
    public static String editorFor(IExtensionRegistry registry, EClass eClass) {
        for (AreaDescriptor area : read(registry)) {
            for (RecordsDescriptor records : area.records()) {
                if (records.eClass() == eClass && records.editor() != null) {
                    return records.editor();
                }
            }
        }
        return RecordsDescriptor.DEFAULT_EDITOR;
    }

    /** The classes of the records the areas list: each opens in an editor of its own. */
    public static java.util.Set<EClass> listedClasses(IExtensionRegistry registry) {
        java.util.Set<EClass> classes = new java.util.HashSet<>();
        read(registry).forEach(area -> area.records().forEach(records -> classes.add(records.eClass())));
        return classes;
    }

    public static List<AreaDescriptor> read(IExtensionRegistry registry) {
        List<AreaDescriptor> areas = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("area".equals(element.getName())) { //$NON-NLS-1$
                areas.add(area(element));
            }
        }
        areas.sort(Comparator.comparingInt(AreaDescriptor::order).thenComparing(AreaDescriptor::name));
        return List.copyOf(areas);
    }

    private static AreaDescriptor area(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String icon = element.getAttribute("icon"); //$NON-NLS-1$
        ImageDescriptor image = icon == null ? null : AbstractUIPlugin.imageDescriptorFromPlugin(contributor, icon);
        List<RecordsDescriptor> records = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren("records")) { //$NON-NLS-1$
            try {
                records.add(records(child));
            } catch (IllegalArgumentException e) {
                ILog.of(AreaRegistry.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID,
                        NLS.bind(Messages.Areas_badContribution, contributor, e.getMessage())));
            }
        }
        return new AreaDescriptor(element.getAttribute("id"), element.getAttribute("name"), image, order(element.getAttribute("order")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                contributor, List.copyOf(records));
    }

    private static RecordsDescriptor records(IConfigurationElement element) {
        EClass eClass = eClass(element.getAttribute("class")); //$NON-NLS-1$
        FeaturePath groupBy = path(eClass, element.getAttribute("groupBy")); //$NON-NLS-1$
        EClass grouped = groupBy == null || !(groupBy.steps().get(groupBy.steps().size() - 1) instanceof EReference last) ? null : last.getEReferenceType();
        FeaturePath groupUnder = grouped == null ? null : path(grouped, element.getAttribute("groupUnder")); //$NON-NLS-1$
        return new RecordsDescriptor(element.getAttribute("name"), eClass, groupBy, groupUnder, //$NON-NLS-1$
                Boolean.parseBoolean(element.getAttribute("groupByYear")) || Boolean.parseBoolean(element.getAttribute("groupByMonth")), //$NON-NLS-1$ //$NON-NLS-2$
                Boolean.parseBoolean(element.getAttribute("groupByMonth")), path(eClass, element.getAttribute("orderBy")), //$NON-NLS-1$ //$NON-NLS-2$
                path(eClass, element.getAttribute("label")), path(eClass, element.getAttribute("labelPrefix")), //$NON-NLS-1$ //$NON-NLS-2$
                element.getAttribute("editor") == null ? RecordsDescriptor.DEFAULT_EDITOR : element.getAttribute("editor"), //$NON-NLS-1$ //$NON-NLS-2$
                element.getAttribute("listEditor"), element); //$NON-NLS-1$
    }

    /** {@code nsURI#ClassName} to the registered class. */
    public static EClass eClass(String qualified) {
        int hash = qualified == null ? -1 : qualified.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.Areas_badClass, qualified));
        }
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(qualified.substring(0, hash));
        EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(qualified.substring(hash + 1));
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Areas_unknownClass, qualified));
        }
        return eClass;
    }

    /** {@code unit.orgUnit} from the class to a feature path, or null for no path. */
    public static FeaturePath path(EClass eClass, String dotted) {
        if (dotted == null || dotted.isBlank()) {
            return null;
        }
        List<EStructuralFeature> steps = new ArrayList<>();
        EClass current = eClass;
        for (String name : dotted.split("\\.")) { //$NON-NLS-1$
            EStructuralFeature feature = current == null ? null : current.getEStructuralFeature(name.trim());
            if (feature == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Areas_unknownFeature, new Object[] { dotted, name, eClass.getName() }));
            }
            steps.add(feature);
            current = feature instanceof EReference reference ? reference.getEReferenceType() : null;
        }
        FeaturePath path = new FeaturePath(steps);
        path.checkFrom(eClass);
        return path;
    }

    private static int order(String value) {
        try {
            return value == null ? 100 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
