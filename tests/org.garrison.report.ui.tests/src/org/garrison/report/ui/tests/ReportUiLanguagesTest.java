package org.garrison.report.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;

import org.garrison.internal.report.ui.FiguresView;
import org.garrison.testing.BundleProperties;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The report workbench's texts in Chinese (the default) and English, and every message field backed by a text. */
class ReportUiLanguagesTest {

    @Test
    void everyTextIsInBothLanguages() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(FiguresView.class);
        for (String base : new String[] { "org/garrison/internal/report/ui/messages", "plugin" }) {
            Properties chinese = BundleProperties.load(bundle, base + ".properties");
            Properties english = BundleProperties.load(bundle, base + "_en.properties");
            assertThat(chinese.keySet()).as(base).isNotEmpty().isEqualTo(english.keySet());
        }
        Properties chinese = BundleProperties.load(bundle, "org/garrison/internal/report/ui/messages.properties");
        Class<?> messages = bundle.loadClass("org.garrison.internal.report.ui.Messages");
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(chinese).as(field.getName()).containsKey(field.getName());
            }
        }
    }
}
