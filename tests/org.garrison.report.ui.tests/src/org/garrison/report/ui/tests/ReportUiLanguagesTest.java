package org.garrison.report.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.Properties;

import org.garrison.internal.report.ui.FiguresView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The report workbench's texts in Chinese (the default) and English, and every message field backed by a text. */
class ReportUiLanguagesTest {

    @Test
    void everyTextIsInBothLanguages() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(FiguresView.class);
        for (String base : new String[] { "org/garrison/internal/report/ui/messages", "plugin" }) {
            Properties chinese = load(bundle, base + ".properties");
            Properties english = load(bundle, base + "_en.properties");
            assertThat(chinese.keySet()).as(base).isNotEmpty().isEqualTo(english.keySet());
        }
        Properties chinese = load(bundle, "org/garrison/internal/report/ui/messages.properties");
        Class<?> messages = bundle.loadClass("org.garrison.internal.report.ui.Messages");
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(chinese).as(field.getName()).containsKey(field.getName());
            }
        }
    }

    private static Properties load(Bundle bundle, String path) throws Exception {
        URL entry = bundle.getEntry(path);
        assertThat(entry).as(path).isNotNull();
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
