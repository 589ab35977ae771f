package org.garrison.report.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;

import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.testing.BundleProperties;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every text of the report bundle in Chinese (the default) and English: figures' names and definitions, messages, plugin texts. */
class ReportLanguagesTest {

    @Test
    void everyFigureHasItsNameAndDefinitionInBothLanguages() {
        for (Figure figure : FigureCatalog.contributed().figures()) {
            assertThat(figure.name(Locale.CHINA)).as(figure.id()).doesNotStartWith("!").containsPattern("\\p{IsHan}");
            assertThat(figure.definition(Locale.CHINA)).as(figure.id()).doesNotStartWith("!").containsPattern("\\p{IsHan}");
            assertThat(figure.name(Locale.ENGLISH)).as(figure.id()).doesNotStartWith("!").doesNotContainPattern("\\p{IsHan}");
            assertThat(figure.definition(Locale.ENGLISH)).as(figure.id()).doesNotStartWith("!").doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void theMessagesAndPluginTextsHaveTheSameKeysInBothLanguages() throws Exception {
        Bundle report = FrameworkUtil.getBundle(FigureCatalog.class);
        for (String base : new String[] { "org/garrison/internal/report/messages", "plugin" }) {
            Properties chinese = BundleProperties.load(report, base + ".properties");
            Properties english = BundleProperties.load(report, base + "_en.properties");
            assertThat(chinese.keySet()).as(base).isNotEmpty().isEqualTo(english.keySet());
            chinese.forEach((key, value) -> assertThat((String) value).as(base + " " + key).isNotBlank());
        }
    }
}
