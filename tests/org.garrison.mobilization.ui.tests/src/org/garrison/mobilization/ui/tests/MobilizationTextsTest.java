package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Every text of the mobilization area exists in Chinese (the default) and in English, and none is left empty. */
class MobilizationTextsTest {

    @Test
    void everyMessageHasBothLanguages() throws Exception {
        assertSameKeys("org/garrison/internal/mobilization/messages.properties", "org/garrison/internal/mobilization/messages_en.properties");
    }

    @Test
    void everyContributionTextHasBothLanguages() throws Exception {
        assertSameKeys("plugin.properties", "plugin_en.properties");
    }

    private static void assertSameKeys(String chinese, String english) throws Exception {
        Properties zh = load(chinese);
        Properties en = load(english);
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(zh.getProperty(zh.stringPropertyNames().iterator().next())).as("the default language is Chinese")
                .containsPattern("[\\u4e00-\\u9fff]");
    }

    private static Properties load(String path) throws Exception {
        Bundle bundle = Platform.getBundle("org.garrison.mobilization");
        Properties properties = new Properties();
        try (InputStream in = bundle.getEntry(path) != null ? bundle.getEntry(path).openStream() : bundle.getResource(path).openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
