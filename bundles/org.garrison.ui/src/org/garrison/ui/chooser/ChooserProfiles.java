package org.garrison.ui.chooser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.areas.AreaRegistry;
import org.garrison.internal.ui.chooser.NamedRecordsProfile;
import org.garrison.ui.GarrisonUI;

/**
 * The chooser profiles for a reference type: those contributed to {@code org.garrison.ui.choosers}
 * for the type first (in the order of their {@code order} attribute), then the framework's own for
 * any record with a name. A type with none cannot be chosen and is shown read-only.
 */
public final class ChooserProfiles {

    public static final String EXTENSION_POINT = GarrisonUI.PLUGIN_ID + ".choosers"; //$NON-NLS-1$

    private ChooserProfiles() {
    }

    public static List<ChooserProfile> of(EClass type) {
        List<Contributed> contributed = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if ("profile".equals(element.getName()) && AreaRegistry.eClass(element.getAttribute("type")) == type) { //$NON-NLS-1$ //$NON-NLS-2$
                    contributed.add(new Contributed(order(element), (ChooserProfile) element.createExecutableExtension("class"))); //$NON-NLS-1$
                }
            } catch (CoreException | IllegalArgumentException | ClassCastException e) {
                ILog.of(ChooserProfiles.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID,
                        NLS.bind(Messages.Chooser_badContribution, element.getContributor().getName(), e.getMessage()), e));
            }
        }
        contributed.sort(java.util.Comparator.comparingInt(Contributed::order));
        List<ChooserProfile> profiles = new ArrayList<>(contributed.stream().map(Contributed::profile).toList());
        if (NamedRecordsProfile.canSearch(type)) {
            profiles.add(new NamedRecordsProfile(type));
        }
        return List.copyOf(profiles);
    }

    /** The profile's own filters, then those contributed for the class it searches. */
    public static List<ChooserFilter> filtersOf(ChooserProfile profile, org.garrison.store.StoreSession session) throws org.garrison.store.StoreException {
        List<ChooserFilter> filters = new ArrayList<>(profile.filters(session));
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if ("filter".equals(element.getName()) && AreaRegistry.eClass(element.getAttribute("searched")) == profile.searched()) { //$NON-NLS-1$ //$NON-NLS-2$
                    filters.addAll(((ChooserFilterProvider) element.createExecutableExtension("class")).filters(session)); //$NON-NLS-1$
                }
            } catch (CoreException | IllegalArgumentException | ClassCastException e) {
                ILog.of(ChooserProfiles.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID,
                        NLS.bind(Messages.Chooser_badContribution, element.getContributor().getName(), e.getMessage()), e));
            }
        }
        return List.copyOf(filters);
    }

    private record Contributed(int order, ChooserProfile profile) {
    }

    private static int order(IConfigurationElement element) {
        try {
            return element.getAttribute("order") == null ? 100 : Integer.parseInt(element.getAttribute("order").trim()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
