package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The release's update site, as administrators and integrators get it: Garrison and the SDK in their two categories, the
 * SDK with the sources and test support it promises, and the integrators' target definition
 * ({@code sdk/garrison-sdk.target}) asking only for what that site and Maven Central hold.
 */
class ReleaseSiteTest {

    private static Map<String, Element> units;
    private static Path sourceRoot;

    @BeforeAll
    static void readTheSite() throws Exception {
        sourceRoot = Path.of(System.getProperty("garrison.source.root"));
        Path contentJar = sourceRoot.resolve("releng/org.garrison.product/target/repository/content.jar");
        assertThat(contentJar).as("the release's update site, built by the product module").isRegularFile();
        units = new LinkedHashMap<>();
        try (ZipFile jar = new ZipFile(contentJar.toFile())) {
            ZipEntry content = jar.getEntry("content.xml");
            try (InputStream in = jar.getInputStream(content)) {
                for (Element unit : elements(parse(in).getDocumentElement(), "unit")) {
                    units.put(unit.getAttribute("id"), unit);
                }
            }
        }
    }

    @Test
    void garrisonAndTheSdkAreInTheirCategories() {
        assertThat(categoryHolding("org.garrison.platform.feature.group")).isEqualTo("武装工作平台");
        assertThat(categoryHolding("org.garrison.sdk.feature.group")).isEqualTo("武装工作平台开发工具包");
        assertThat(units).containsKeys("org.garrison.product", "org.garrison.platform.feature.group");
    }

    @Test
    void theSdkHoldsTheApiSourcesAndTheTestSupport() {
        List<String> required = required(units.get("org.garrison.sdk.feature.group"));
        assertThat(required).contains("org.garrison.testing", "org.garrison.testing.ui", "org.garrison.model.source",
                "org.garrison.store.source", "org.garrison.ui.source", "org.garrison.report.source", "org.garrison.update.source",
                "org.garrison.testing.source");
        assertThat(required).as("everything the SDK names is on the site").allSatisfy(id -> assertThat(units).containsKey(id));
    }

    @Test
    void theIntegratorsTargetAsksForWhatTheSiteAndOurOwnTargetHold() throws Exception {
        Document target = parse(sourceRoot.resolve("sdk/garrison-sdk.target"));
        List<String> siteUnits = new ArrayList<>();
        List<String> mavenArtifacts = new ArrayList<>();
        for (Element location : elements(target.getDocumentElement(), "location")) {
            switch (location.getAttribute("type")) {
                case "InstallableUnit" -> elements(location, "unit").forEach(unit -> siteUnits.add(unit.getAttribute("id")));
                case "Maven" -> elements(location, "dependency").forEach(dependency -> mavenArtifacts.add(coordinates(dependency)));
                default -> throw new AssertionError("a location the test does not know: " + location.getAttribute("type"));
            }
        }
        assertThat(siteUnits).containsExactlyInAnyOrder("org.garrison.platform.feature.group", "org.garrison.sdk.feature.group");
        assertThat(siteUnits).allSatisfy(id -> assertThat(units).as("the release's update site").containsKey(id));

        // JUnit and AssertJ at the versions Garrison's own tests run with, so the integrator's resolve the same
        List<String> ours = new ArrayList<>();
        elements(parse(sourceRoot.resolve("target-platform/garrison.target")).getDocumentElement(), "dependency")
                .forEach(dependency -> ours.add(coordinates(dependency)));
        assertThat(mavenArtifacts).isNotEmpty().allSatisfy(artifact -> assertThat(ours).contains(artifact));
    }

    private static String categoryHolding(String featureGroup) {
        return units.values().stream()
                .filter(unit -> "true".equals(property(unit, "org.eclipse.equinox.p2.type.category")))
                .filter(unit -> required(unit).contains(featureGroup))
                .map(unit -> property(unit, "org.eclipse.equinox.p2.name"))
                .findFirst().orElseThrow(() -> new AssertionError("no category holds " + featureGroup));
    }

    private static String property(Element unit, String name) {
        return elements(unit, "property").stream().filter(property -> property.getAttribute("name").equals(name))
                .map(property -> property.getAttribute("value")).findFirst().orElse(null);
    }

    private static List<String> required(Element unit) {
        return elements(unit, "required").stream()
                .filter(required -> required.getAttribute("namespace").equals("org.eclipse.equinox.p2.iu"))
                .map(required -> required.getAttribute("name")).toList();
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":" + text(dependency, "version");
    }

    private static String text(Element parent, String child) {
        return elements(parent, child).get(0).getTextContent().strip();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Document parse(InputStream in) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
}
