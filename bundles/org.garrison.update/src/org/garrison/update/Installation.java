package org.garrison.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.garrison.internal.update.UpdateMessages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The running installation as p2 sees it: its profile, what it holds, and installing, updating and
 * uninstalling features from update sites. Every change is one p2 plan, applied whole or not at all; it
 * takes effect at the next start. The user's data and preferences live outside the installation and are
 * never touched.
 * <p>
 * Changes go to the installation's own profile ({@code p2/} beside the start script), so a change made by one
 * user reaches every user of that installation; changing it needs write access to the installation.
 */
public final class Installation {

    private static final String FEATURE_GROUP = ".feature.group"; //$NON-NLS-1$

    private final IProvisioningAgent agent;
    private final String profileId;
    private final Path folder;

    private Installation(IProvisioningAgent agent, String profileId, Path folder) {
        this.agent = agent;
        this.profileId = profileId;
        this.folder = folder;
    }

    /**
     * The installation this program runs from.
     *
     * @throws UpdateException when it is not a p2 installation (a development or test run)
     */
    public static Installation running() throws UpdateException {
        BundleContext context = FrameworkUtil.getBundle(Installation.class).getBundleContext();
        IProvisioningAgent current = currentAgent(context);
        // Users run with a configuration of their own cascaded from the installation's (the start script): p2 then
        // calls the installation's profile the shared base, and the user's agent would stack a profile of its own
        // on it. Installing and updating change the installation itself, for every user: its base agent.
        IProvisioningAgent base = current == null ? null : (IProvisioningAgent) current.getService(IProvisioningAgent.SHARED_BASE_AGENT);
        IProvisioningAgent agent = base != null ? base : current;
        String installArea = System.getProperty("osgi.install.area", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Path folder = installArea.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(URI.create(installArea.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (agent == null || profile(agent, IProfileRegistry.SELF) == null) {
            throw new UpdateException(UpdateMessages.format("installation.notP2", folder)); //$NON-NLS-1$
        }
        return new Installation(agent, IProfileRegistry.SELF, folder);
    }

    private static IProvisioningAgent currentAgent(BundleContext context) {
        try {
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class,
                    '(' + IProvisioningAgent.SERVICE_CURRENT + "=true)")) { //$NON-NLS-1$
                return context.getService(reference);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static IProfile profile(IProvisioningAgent agent, String id) {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        return registry == null ? null : registry.getProfile(id);
    }

    /** The installation's folder. */
    public Path folder() {
        return folder;
    }

    /** Whether this user may change the installation (install, update, uninstall). */
    public boolean writable() {
        return Files.isWritable(folder) && Files.isWritable(folder.resolve("plugins")) //$NON-NLS-1$
                && Files.isWritable(folder.resolve("p2")); //$NON-NLS-1$
    }

    /** The features the installation holds as its own (the product and what was installed into it), by name. */
    public List<Feature> installed() {
        IProfile profile = profile(agent, profileId);
        List<Feature> features = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
            if (isRoot(profile, unit)) {
                features.add(feature(unit));
            }
        }
        features.sort(Comparator.comparing(Feature::name));
        return features;
    }

    private static boolean isRoot(IProfile profile, IInstallableUnit unit) {
        return Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))
                && (QueryUtil.isGroup(unit) || QueryUtil.isProduct(unit));
    }

    /** The newest version of every feature the sites offer, whether installed or not, by name. */
    public List<Feature> available(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
        Map<String, IInstallableUnit> newest = new HashMap<>();
        for (IInstallableUnit unit : offered(sites, monitor)) {
            newest.merge(unit.getId(), unit, (a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
        }
        List<Feature> features = new ArrayList<>(newest.values().stream().filter(unit -> !QueryUtil.isProduct(unit)).map(Installation::feature).toList());
        features.sort(Comparator.comparing(Feature::name));
        return features;
    }

    /** The features the sites offer and the installation does not hold yet. */
    public List<Feature> installable(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
        Set<String> held = new LinkedHashSet<>();
        profile(agent, profileId).query(QueryUtil.createIUGroupQuery(), null).forEach(unit -> held.add(unit.getId()));
        return available(sites, monitor).stream().filter(feature -> !held.contains(feature.id() + FEATURE_GROUP)).toList();
    }

    private List<IInstallableUnit> offered(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
        requireSites(sites);
        SubMonitor progress = SubMonitor.convert(monitor, UpdateMessages.format("progress.reading"), sites.size()); //$NON-NLS-1$
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        List<IInstallableUnit> units = new ArrayList<>();
        for (URI site : sites) {
            IMetadataRepository repository;
            try {
                repository = manager.loadRepository(site, progress.split(1));
            } catch (ProvisionException e) {
                throw new UpdateException(UpdateMessages.format("site.unreadable", site, e.getMessage()), e); //$NON-NLS-1$
            }
            IQueryResult<IInstallableUnit> groups = repository.query(QueryUtil.createIUGroupQuery(), null);
            groups.forEach(units::add);
        }
        return units;
    }

    private static void requireSites(List<URI> sites) throws UpdateException {
        if (sites.isEmpty()) {
            throw new UpdateException(UpdateMessages.format("site.none")); //$NON-NLS-1$
        }
    }

    /** The installed features for which the sites hold a newer version: each pair is installed → offered. */
    public List<FeatureChange> updates(List<URI> sites, IProgressMonitor monitor) throws UpdateException {
        UpdateOperation operation = updateOperation(sites, List.of());
        IStatus status = operation.resolveModal(monitor);
        if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return List.of();
        }
        requireResolved(status, operation);
        return changes(operation.getSelectedUpdates());
    }

    /**
     * Installs the features (ids as {@link Feature#id()}) from the sites, with what they need.
     *
     * @return what was installed
     */
    public List<FeatureChange> install(List<URI> sites, Collection<String> featureIds, IProgressMonitor monitor) throws UpdateException {
        requireWritable();
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        List<IInstallableUnit> chosen = new ArrayList<>();
        List<IInstallableUnit> offered = offered(sites, progress.split(2));
        for (String id : featureIds) {
            IInstallableUnit newest = offered.stream().filter(unit -> unit.getId().equals(id + FEATURE_GROUP))
                    .max(Comparator.comparing(IInstallableUnit::getVersion)).orElse(null);
            if (newest == null) {
                throw new UpdateException(UpdateMessages.format("install.notOffered", id, sites, //$NON-NLS-1$
                        String.join(UpdateMessages.format("list.separator"), offered.stream().map(u -> strip(u.getId())).distinct().sorted().toList()))); //$NON-NLS-1$
            }
            chosen.add(newest);
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), chosen);
        prepare(operation, sites);
        requireResolved(operation.resolveModal(progress.split(3)), operation);
        run(operation, progress.split(5));
        return chosen.stream().map(unit -> new FeatureChange(null, feature(unit))).toList();
    }

    /**
     * Updates the installed features (all when {@code featureIds} is empty) to the newest versions the sites hold.
     *
     * @return what was updated; empty when everything was up to date
     */
    public List<FeatureChange> update(List<URI> sites, Collection<String> featureIds, IProgressMonitor monitor) throws UpdateException {
        requireWritable();
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        UpdateOperation operation = updateOperation(sites, featureIds);
        IStatus status = operation.resolveModal(progress.split(4));
        if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return List.of();
        }
        requireResolved(status, operation);
        List<FeatureChange> changes = changes(operation.getSelectedUpdates());
        run(operation, progress.split(6));
        return changes;
    }

    private UpdateOperation updateOperation(List<URI> sites, Collection<String> featureIds) throws UpdateException {
        requireSites(sites);
        List<IInstallableUnit> roots = new ArrayList<>();
        IProfile profile = profile(agent, profileId);
        for (String id : featureIds) {
            roots.add(installedRoot(profile, id));
        }
        UpdateOperation operation = roots.isEmpty() ? new UpdateOperation(new ProvisioningSession(agent))
                : new UpdateOperation(new ProvisioningSession(agent), roots);
        prepare(operation, sites);
        return operation;
    }

    /**
     * Uninstalls the features (ids as {@link Feature#id()}); the product itself cannot be uninstalled.
     *
     * @return what was uninstalled
     */
    public List<FeatureChange> uninstall(Collection<String> featureIds, IProgressMonitor monitor) throws UpdateException {
        requireWritable();
        IProfile profile = profile(agent, profileId);
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : featureIds) {
            IInstallableUnit unit = installedRoot(profile, id);
            if (QueryUtil.isProduct(unit)) {
                throw new UpdateException(UpdateMessages.format("uninstall.product", feature(unit).name())); //$NON-NLS-1$
            }
            units.add(unit);
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
        prepare(operation, List.of());
        requireResolved(operation.resolveModal(progress.split(3)), operation);
        run(operation, progress.split(7));
        return units.stream().map(unit -> new FeatureChange(feature(unit), null)).toList();
    }

    private IInstallableUnit installedRoot(IProfile profile, String id) throws UpdateException {
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
            if (isRoot(profile, unit) && (unit.getId().equals(id + FEATURE_GROUP) || unit.getId().equals(id))) {
                return unit;
            }
        }
        throw new UpdateException(UpdateMessages.format("feature.notInstalled", id, //$NON-NLS-1$
                String.join(UpdateMessages.format("list.separator"), installed().stream().map(Feature::id).toList()))); //$NON-NLS-1$
    }

    private void prepare(ProfileChangeOperation operation, List<URI> sites) {
        operation.setProfileId(profileId);
        ProvisioningContext context = new ProvisioningContext(agent);
        URI[] repositories = sites.toArray(URI[]::new);
        context.setMetadataRepositories(repositories);
        context.setArtifactRepositories(repositories);
        operation.setProvisioningContext(context);
    }

    private void requireWritable() throws UpdateException {
        if (!writable()) {
            throw new UpdateException(UpdateMessages.format("installation.readOnly", folder)); //$NON-NLS-1$
        }
    }

    private static void requireResolved(IStatus status, ProfileChangeOperation operation) throws UpdateException {
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new UpdateException(UpdateMessages.format("plan.impossible", describe(status), //$NON-NLS-1$
                    operation.getResolutionDetails() == null ? "" : operation.getResolutionDetails())); //$NON-NLS-1$
        }
    }

    private static void run(ProfileChangeOperation operation, IProgressMonitor monitor) throws UpdateException {
        ProvisioningJob job = operation.getProvisioningJob(monitor);
        if (job == null) {
            throw new UpdateException(UpdateMessages.format("plan.impossible", describe(operation.getResolutionResult()), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        IStatus status = job.runModal(monitor);
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new UpdateException(UpdateMessages.format("plan.failed", describe(status))); //$NON-NLS-1$
        }
    }

    private static String describe(IStatus status) {
        if (status == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder text = new StringBuilder(status.getMessage());
        if (status instanceof MultiStatus multi) {
            for (IStatus child : multi.getChildren()) {
                text.append("; ").append(describe(child)); //$NON-NLS-1$
            }
        }
        return text.toString();
    }

    private static List<FeatureChange> changes(Update[] updates) {
        return java.util.Arrays.stream(updates).map(update -> new FeatureChange(feature(update.toUpdate), feature(update.replacement))).toList();
    }

    private static Feature feature(IInstallableUnit unit) {
        String language = Locale.getDefault().toString();
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, language);
        String description = unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, language);
        return new Feature(strip(unit.getId()), name == null ? strip(unit.getId()) : name, unit.getVersion().toString(),
                description == null ? "" : description); //$NON-NLS-1$
    }

    private static String strip(String id) {
        return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
    }
}
