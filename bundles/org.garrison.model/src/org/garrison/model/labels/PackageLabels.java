package org.garrison.model.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * The names a department's package brings beside it (see {@link ModelLabels}), read once per package
 * and language. Files are read as UTF-8 (\\u escapes work too), so an integrator writes Chinese as it is.
 */
final class PackageLabels {

    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private PackageLabels() {
    }

    static Map<String, String> of(EPackage ePackage, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "_en" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        return CACHE.computeIfAbsent(ePackage.getNsURI() + '|' + language, key -> read(ePackage, language));
    }

    private static Map<String, String> read(EPackage ePackage, String language) {
        Properties labels = new Properties();
        // the language's own file over the base (Chinese) file, so that an English name left out reads in Chinese rather than raw
        load(ePackage, "", labels); //$NON-NLS-1$
        if (!language.isEmpty()) {
            load(ePackage, language, labels);
        }
        Map<String, String> names = new java.util.HashMap<>();
        labels.forEach((key, value) -> names.put(key.toString(), value.toString()));
        return Map.copyOf(names);
    }

    private static void load(EPackage ePackage, String language, Properties into) {
        try (InputStream in = open(ePackage, language)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // no names of its own: Garrison's and the model's names stand
        }
    }

    private static InputStream open(EPackage ePackage, String language) throws IOException {
        if (ePackage.eResource() != null && ePackage.eResource().getURI() != null && "ecore".equals(ePackage.eResource().getURI().fileExtension())) { //$NON-NLS-1$
            URI ecore = ePackage.eResource().getURI();
            URI beside = ecore.trimFileExtension().trimSegments(1).appendSegment(ecore.trimFileExtension().lastSegment() + language)
                    .appendFileExtension("properties"); //$NON-NLS-1$
            URIConverter converter = ePackage.eResource().getResourceSet() != null ? ePackage.eResource().getResourceSet().getURIConverter()
                    : URIConverter.INSTANCE;
            try {
                return converter.exists(beside, null) ? converter.createInputStream(beside) : null;
            } catch (IOException e) {
                return null;
            }
        }
        Class<?> generated = ePackage.getClass();
        Class<?> api = generated.getInterfaces().length > 0 ? generated.getInterfaces()[0] : generated;
        if (api.getPackageName().startsWith("org.eclipse.emf.")) { //$NON-NLS-1$
            return null;
        }
        return api.getClassLoader() == null ? null
                : api.getClassLoader().getResourceAsStream(api.getPackageName().replace('.', '/') + "/labels" + language + ".properties"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
