package org.garrison.internal.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The paragraphs department plug-ins add to section 二 ({@code <paragraph>} of {@code org.garrison.report.figures}):
 * sentences in the template's own syntax, in a UTF-8 file of the plug-in, placed after a named paragraph
 * (study, training, mobilization, security, or another department's) or at the section's end.
 *
 * @param id        the paragraph's name, which another department may place itself after
 * @param after     the paragraph it follows; null for the end of section 二
 * @param sentences the file's keys: {@code paragraph} lists the sentence keys in order
 */
public record DepartmentParagraphs(String id, String after, Properties sentences) {

    static final String EXTENSION_POINT = "org.garrison.report.figures"; //$NON-NLS-1$

    /** Every contributed paragraph; none outside a running platform (a plain Java tool). */
    public static List<DepartmentParagraphs> contributed() {
        List<DepartmentParagraphs> paragraphs = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return paragraphs;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"paragraph".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            String contributor = element.getContributor().getName();
            try {
                Bundle bundle = Platform.getBundle(contributor);
                URL file = bundle == null ? null : bundle.getEntry(element.getAttribute("file")); //$NON-NLS-1$
                if (file == null) {
                    throw new IOException("no file " + element.getAttribute("file")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                Properties sentences = new Properties();
                try (InputStream in = file.openStream()) {
                    sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                if (sentences.getProperty("paragraph") == null) { //$NON-NLS-1$
                    throw new IOException("no key 'paragraph' listing its sentences in " + element.getAttribute("file")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                paragraphs.add(new DepartmentParagraphs(element.getAttribute("id"), element.getAttribute("after"), sentences)); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (IOException | RuntimeException e) {
                ILog.of(DepartmentParagraphs.class).error("The report paragraph of " + contributor + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return paragraphs;
    }
}
