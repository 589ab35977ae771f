package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.garrison.internal.ui.store.StoreLocation;
import org.garrison.store.StoreSettings;
import org.garrison.store.StoreSettingsArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the workbench's records live: the command line over the preferences over the Garrison home. */
class StoreLocationTest {

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.garrison.store.test");

    private final IEclipsePreferences presets = org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode("org.garrison.store.test");

    @AfterEach
    void forget() throws Exception {
        preferences.clear();
        presets.clear();
    }

    /** The installation's presets (garrison.ini, the platform's default scope) connect a new staff PC; the user's own choice wins. */
    @Test
    void anInstallationsPresetsConnectToHeadquartersAndTheUsersOwnChoiceWins() {
        presets.put(StoreLocation.MODE, StoreLocation.MODE_SERVER);
        presets.put(StoreLocation.HOST, "hq.example");
        presets.put(StoreLocation.PORT, "1600");
        StoreSettings preset = StoreLocation.resolve(List.of(), Map.of(), preferences, presets);
        assertThat(preset).isInstanceOfSatisfying(StoreSettings.Server.class, server -> {
            assertThat(server.describe()).isEqualTo("hq.example:1600/garrison");
            assertThat(server.password()).as("asked at login, never preset").isNull();
        });

        preferences.put(StoreLocation.HOST, "10.0.0.9");
        assertThat(StoreLocation.resolve(List.of(), Map.of(), preferences, presets).describe()).isEqualTo("10.0.0.9:1600/garrison");
        preferences.put(StoreLocation.MODE, "embedded");
        assertThat(StoreLocation.resolve(List.of(), Map.of(), preferences, presets)).isInstanceOf(StoreSettings.Embedded.class);
    }

    @Test
    void withoutPreferencesTheEmbeddedDatabaseIsInTheGarrisonHome() {
        StoreSettings settings = StoreLocation.resolve(List.of(), Map.of(), preferences);
        assertThat(settings).isInstanceOf(StoreSettings.Embedded.class);
        assertThat(settings.describe()).endsWith("garrison-home/garrison");
    }

    @Test
    void thePreferencesChooseASharedServerWithThePasswordFromTheEnvironment() {
        preferences.put(StoreLocation.MODE, StoreLocation.MODE_SERVER);
        preferences.put(StoreLocation.HOST, "10.0.0.5");
        preferences.putInt(StoreLocation.PORT, 1600);
        preferences.put(StoreLocation.DATABASE, "pafd");
        preferences.put(StoreLocation.USER, "li");

        StoreSettings settings = StoreLocation.resolve(List.of(), Map.of(StoreSettingsArguments.PASSWORD_VARIABLE, "s3cret"), preferences);

        assertThat(settings).isInstanceOfSatisfying(StoreSettings.Server.class, server -> {
            assertThat(server.describe()).isEqualTo("10.0.0.5:1600/pafd");
            assertThat(server.user()).isEqualTo("li");
            assertThat(new String(server.password())).isEqualTo("s3cret");
        });
    }

    @Test
    void theCommandLineWinsOverThePreferences() {
        preferences.put(StoreLocation.MODE, StoreLocation.MODE_SERVER);
        preferences.put(StoreLocation.HOST, "10.0.0.5");

        StoreSettings settings = StoreLocation.resolve(List.of("-data-folder", "/srv/garrison"), Map.of(), preferences);

        assertThat(settings).isInstanceOf(StoreSettings.Embedded.class);
        assertThat(settings.describe()).isEqualTo("/srv/garrison/garrison");
    }
}
