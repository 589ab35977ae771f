package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.StoreSettingsArguments;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The store as the product meets it: a Declarative Services component found through the service
 * registry by its API alone, opening the database named by the settings (or the command line).
 */
class StoreServiceTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theDerbyStoreIsAServiceThatStoresEveryRegisteredPackage() throws Exception {
        Path folder = Files.createTempDirectory("garrison-service");
        try (Store store = provider().open(new StoreSettings.Embedded(folder))) {
            assertThat(store.settings().describe()).isEqualTo(folder.resolve("garrison").toString());
            SampleDistrict sample = SampleDistrict.generate(9, SampleSize.TINY, 2026);
            try (StoreSession session = store.openSession()) {
                sample.roots().forEach(session::add);
                session.commit();
            }
            try (StoreSession session = store.openSession()) {
                List<District> districts = session.loadRoots(CorePackage.Literals.DISTRICT);
                assertThat(districts).extracting(District::getName).containsExactly(sample.district().getName());
                assertThat(session.count(Query.of(CorePackage.Literals.PERSON))).isEqualTo(sample.district().getPersons().size());
            }
        }
        assertThat(folder.resolve("garrison").resolve("service.properties")).as("the database lives in the data folder").exists();
    }

    @Test
    void aPluginsOwnPackageIsStoredByItsFirstCommitWithNoStoreChange() throws Exception {
        EPackage plugin = EcoreFactory.eINSTANCE.createEPackage();
        plugin.setName("equipment");
        plugin.setNsPrefix("equipment");
        plugin.setNsURI("http://example.org/department/equipment/1.0");
        EClass radio = EcoreFactory.eINSTANCE.createEClass();
        radio.setName("Radio");
        EAttribute serial = EcoreFactory.eINSTANCE.createEAttribute();
        serial.setName("serialNumber");
        serial.setEType(EcorePackage.Literals.ESTRING);
        radio.getEStructuralFeatures().add(serial);
        plugin.getEClassifiers().add(radio);

        Path folder = Files.createTempDirectory("garrison-plugin");
        try (Store store = provider().open(new StoreSettings.Embedded(folder))) {
            EObject set = EcoreUtil.create(radio);
            set.eSet(serial, "HX-2026-001");
            try (StoreSession session = store.openSession()) {
                session.add(set);
                session.commit();
            }
            try (StoreSession session = store.openSession()) {
                List<EObject> radios = session.list(Query.of(radio));
                assertThat(radios).hasSize(1);
                assertThat(radios.get(0).eGet(serial)).isEqualTo("HX-2026-001");
            }
        }
    }

    @Test
    void aCancelledCommitWritesNothingAndKeepsTheChanges() throws Exception {
        Path folder = Files.createTempDirectory("garrison-cancel");
        try (Store store = provider().open(new StoreSettings.Embedded(folder))) {
            SampleDistrict sample = SampleDistrict.generate(4, SampleSize.TINY, 2026);
            try (StoreSession session = store.openSession()) {
                sample.roots().forEach(session::add);
                NullProgressMonitor cancelAfterFirstBatch = new NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        setCanceled(true);
                    }
                };
                assertThatThrownBy(() -> session.commit(cancelAfterFirstBatch)).isInstanceOf(OperationCanceledException.class);
                assertThat(session.idOf(sample.district())).isEmpty();
                try (StoreSession other = store.openSession()) {
                    assertThat(other.count(Query.of(CorePackage.Literals.PERSON))).isZero();
                }
                session.commit();
                assertThat(session.idOf(sample.district())).isPresent();
            }
        }
    }

    @Test
    void theCommandLineChoosesASharedServerOrAnotherFolder() {
        StoreSettings fallback = new StoreSettings.Embedded(Path.of("/home/staff/.garrison"));
        assertThat(StoreSettingsArguments.parse(List.of("-nl", "zh_CN"), Map.of(), fallback)).isSameAs(fallback);

        StoreSettings server = StoreSettingsArguments.parse(List.of("-server", "10.1.2.3:1600/garrison", "-user", "wang"),
                Map.of(StoreSettingsArguments.PASSWORD_VARIABLE, "口令"), fallback);
        assertThat(server).isInstanceOfSatisfying(StoreSettings.Server.class, s -> {
            assertThat(s.describe()).isEqualTo("10.1.2.3:1600/garrison");
            assertThat(s.user()).isEqualTo("wang");
            assertThat(new String(s.password())).isEqualTo("口令");
        });
        assertThat(((StoreSettings.Server) StoreSettingsArguments.parse(List.of("-server", "db.pafd/garrison"), Map.of(), fallback)).port())
                .isEqualTo(1527);
        assertThat(StoreSettingsArguments.parse(List.of("-data-folder", "/srv/garrison"), Map.of(), fallback).describe())
                .isEqualTo("/srv/garrison/garrison");

        assertThatThrownBy(() -> StoreSettingsArguments.parse(List.of("-server", "db.pafd"), Map.of(), fallback))
                .hasMessageContaining("db.pafd").hasMessageContaining("主机[:端口]/数据库");
        assertThatThrownBy(() -> StoreSettingsArguments.parse(List.of("-server", "db:99999/x"), Map.of(), fallback))
                .hasMessageContaining("99999").hasMessageContaining("1527");
        assertThatThrownBy(() -> StoreSettingsArguments.parse(List.of("-server"), Map.of(), fallback)).hasMessageContaining("-server");
    }

    @Test
    void anUnreachableServerIsReportedWithItsAddressAndWhatToCheck() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StoreSettings settings = new StoreSettings.Server("127.0.0.1", closedPort, "garrison", "wang", "x".toCharArray());
        assertThatThrownBy(() -> provider().open(settings)).isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort + "/garrison").hasMessageContaining("服务器已启动");
    }

    private static StoreProvider provider() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(StoreServiceTest.class).getBundleContext();
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(context, StoreProvider.class, null);
        tracker.open();
        try {
            StoreProvider provider = tracker.waitForService(10_000);
            assertThat(provider).as("a StoreProvider service registered by Declarative Services").isNotNull();
            return provider;
        } finally {
            tracker.close();
        }
    }
}
