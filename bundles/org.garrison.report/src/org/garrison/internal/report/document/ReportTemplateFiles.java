package org.garrison.internal.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Chinese document's own words: the report template and the example prose, kept as readable
 * UTF-8 files in the properties format. They are the content of a Chinese official document, so
 * they have no English counterpart; the workbench's texts are the messages files.
 */
public final class ReportTemplateFiles {

    private static final Properties TEMPLATE = load("report-template_zh.txt"); //$NON-NLS-1$
    private static final Properties DEFAULTS = load("report-defaults_zh.txt"); //$NON-NLS-1$

    private ReportTemplateFiles() {
    }

    public static Properties template() {
        return TEMPLATE;
    }

    public static Properties defaults() {
        return DEFAULTS;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ReportTemplateFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report bundle lacks " + name); //$NON-NLS-1$
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
