package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.garrison.internal.ui.Messages;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every externalized text has a Chinese value (the default file) and an English one ({@code _en}),
 * in every Garrison bundle installed in this runtime and in every feature of the source tree.
 */
class LocalizationTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY_REFERENCE = Pattern.compile("\"%([\\w.\\-]+)\"|:\\s*%([\\w.\\-]+)");

    @Test
    void everyGarrisonBundleHasChineseAndEnglishForEveryKey() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Bundle> bundles = garrisonBundles();
        assertThat(bundles).extracting(Bundle::getSymbolicName).contains("org.garrison.ui");
        for (Bundle bundle : bundles) {
            for (URL chinese : translationFiles(bundle)) {
                String path = chinese.getPath();
                URL english = bundle.getEntry(path.replace(".properties", "_en.properties"));
                if (english == null) {
                    problems.add(bundle.getSymbolicName() + path + ": no English file beside it");
                    continue;
                }
                compare(bundle.getSymbolicName() + path, load(chinese), load(english), problems);
            }
            checkReferencedKeys(bundle, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleOfTheSourceTreeHasChineseAndEnglishForEveryKey() throws IOException {
        Path bundles = Path.of(System.getProperty("garrison.source.root"), "bundles");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path chinese : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                String name = chinese.getFileName().toString();
                String relative = bundles.relativize(chinese).toString();
                if (name.equals("build.properties") || name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")
                        || relative.contains("/target/") || relative.contains("/bin/")) {
                    continue;
                }
                Path english = chinese.resolveSibling(name.replace(".properties", "_en.properties"));
                if (!Files.exists(english)) {
                    problems.add(relative + ": no English file beside it");
                    continue;
                }
                compare(relative, load(chinese.toUri().toURL()), load(english.toUri().toURL()), problems);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(8);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFeatureHasChineseAndEnglishForEveryKey() throws IOException {
        Path features = Path.of(System.getProperty("garrison.source.root"), "features");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> folders = Files.list(features)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path chinese = folder.resolve("feature.properties");
                Path english = folder.resolve("feature_en.properties");
                assertThat(chinese).as("Chinese texts of " + folder).exists();
                assertThat(english).as("English texts of " + folder).exists();
                compare(folder.getFileName().toString(), load(chinese.toUri().toURL()), load(english.toUri().toURL()), problems);
                Matcher references = KEY_REFERENCE.matcher(Files.readString(folder.resolve("feature.xml")));
                Properties keys = load(chinese.toUri().toURL());
                while (references.find()) {
                    String key = references.group(1) != null ? references.group(1) : references.group(2);
                    if (!keys.containsKey(key)) {
                        problems.add(folder.getFileName() + "/feature.xml uses %" + key + ", which has no text");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theShowViewDialogSpeaksChinese() {
        // the platform's view category and the filter field's hint, which 窗口 > 显示视图 > 其他… shows
        assertThat(java.util.Arrays.stream(org.eclipse.ui.PlatformUI.getWorkbench().getViewRegistry().getCategories())
                .filter(category -> "org.eclipse.ui".equals(category.getId())).map(category -> category.getLabel()))
                .containsExactly("常规");
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(org.eclipse.ui.PlatformUI.getWorkbench().getDisplay());
        try {
            org.eclipse.ui.dialogs.FilteredTree tree = new org.eclipse.ui.dialogs.FilteredTree(shell, org.eclipse.swt.SWT.SINGLE,
                    new org.eclipse.ui.dialogs.PatternFilter(), true, true);
            assertThat(tree.getFilterControl().getMessage()).isEqualTo("输入文字筛选");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void everyPlatformTranslationTranslatesAKeyOfItsHost() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Bundle fragment : garrisonBundles()) {
            String host = fragment.getHeaders("").get("Fragment-Host");
            if (host == null || !fragment.getSymbolicName().startsWith("org.garrison.nl.")) {
                continue; // not a language fragment (org.garrison.derby.client adds classes to Derby)
            }
            Bundle hostBundle = Platform.getBundle(host.split(";")[0].trim());
            var translations = fragment.findEntries("/", "*_zh.properties", true);
            assertThat(translations).as("translations in " + fragment.getSymbolicName()).isNotNull();
            for (URL translation : Collections.list(translations)) {
                String original = translation.getPath().replace("_zh.properties", ".properties");
                Properties hostKeys = load(hostBundle.getEntry(original));
                assertThat(hostKeys).as(hostBundle.getSymbolicName() + original).isNotEmpty();
                Properties chinese = load(translation);
                for (String key : chinese.stringPropertyNames()) {
                    if (!hostKeys.containsKey(key)) {
                        problems.add(fragment.getSymbolicName() + translation.getPath() + ": " + key + " is not a key of " + original);
                    } else if (!CJK.matcher(chinese.getProperty(key)).find()) {
                        problems.add(fragment.getSymbolicName() + translation.getPath() + ": " + key + " is not in Chinese");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWorkbenchMessageIsLoaded() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String value = (String) field.get(null);
                if (value == null || value.startsWith("NLS missing message")) {
                    missing.add(field.getName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void compare(String where, Properties chinese, Properties english, List<String> problems) {
        if (!chinese.keySet().equals(english.keySet())) {
            TreeMap<Object, Object> onlyChinese = new TreeMap<>(chinese);
            onlyChinese.keySet().removeAll(english.keySet());
            TreeMap<Object, Object> onlyEnglish = new TreeMap<>(english);
            onlyEnglish.keySet().removeAll(chinese.keySet());
            problems.add(where + ": keys only in Chinese " + onlyChinese.keySet() + ", only in English " + onlyEnglish.keySet());
        }
        for (String key : chinese.stringPropertyNames()) {
            String zh = chinese.getProperty(key);
            if (zh.isBlank()) {
                problems.add(where + ": " + key + " has no Chinese text");
            } else if (LETTER.matcher(zh).find() && !CJK.matcher(zh).find()) {
                problems.add(where + ": " + key + " is not in Chinese: " + zh);
            }
            String en = english.getProperty(key);
            if (en != null && en.isBlank()) {
                problems.add(where + ": " + key + " has no English text");
            } else if (en != null && CJK.matcher(en).find()) {
                problems.add(where + ": " + key + " has Chinese in its English text: " + en);
            }
        }
    }

    private static void checkReferencedKeys(Bundle bundle, List<String> problems) throws IOException {
        String localization = bundle.getHeaders("").get("Bundle-Localization");
        URL pluginXml = bundle.getEntry("plugin.xml");
        StringBuilder referencing = new StringBuilder();
        if (pluginXml != null) {
            try (InputStream in = pluginXml.openStream()) {
                referencing.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Collections.list(bundle.getHeaders("").elements()).forEach(value -> referencing.append("\n: ").append(value));
        Matcher references = KEY_REFERENCE.matcher(referencing);
        if (localization == null) {
            if (references.find()) {
                problems.add(bundle.getSymbolicName() + " uses %keys but has no Bundle-Localization");
            }
            return;
        }
        Properties chinese = load(bundle.getEntry(localization + ".properties"));
        Properties english = load(bundle.getEntry(localization + "_en.properties"));
        while (references.find()) {
            String key = references.group(1) != null ? references.group(1) : references.group(2);
            if (!chinese.containsKey(key) || !english.containsKey(key)) {
                problems.add(bundle.getSymbolicName() + " uses %" + key + ", which lacks a Chinese or English text");
            }
        }
    }

    private static List<Bundle> garrisonBundles() {
        Bundle self = FrameworkUtil.getBundle(LocalizationTest.class);
        return Stream.of(self.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.garrison."))
                .filter(b -> !b.getSymbolicName().endsWith(".tests"))
                // the SDK's source bundles are for integrators' IDEs, never in the product: Tycho names them in English
                .filter(b -> b.getHeaders("").get("Eclipse-SourceBundle") == null)
                .toList();
    }

    /** The default-language .properties files of a bundle: every one but its English siblings. */
    private static List<URL> translationFiles(Bundle bundle) {
        List<URL> files = new ArrayList<>();
        var entries = bundle.findEntries("/", "*.properties", true);
        if (entries == null) {
            return files;
        }
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            if (!path.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties") && !path.startsWith("/bin/") && !path.startsWith("/META-INF/maven/")) {
                files.add(url);
            }
        }
        return files;
    }

    private static Properties load(URL url) {
        Properties properties = new Properties();
        if (url == null) {
            return properties;
        }
        try (InputStream in = url.openStream()) {
            properties.load(in); // ISO-8859-1, as Eclipse reads them: Chinese must be \\u-escaped
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
