package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Installing and updating through p2, as an administrator and a user do: the example department (国防教育) from
 * its update site (release A, built in the reactor) goes into an installed product, a later release B of it is
 * built the integrators' way (docs/integrators.md: outside the reactor, against the release's update site) and
 * updates it — headless with {@code garrison install} and {@code garrison update}, and through 帮助 > 安装新功能 and
 * 检查更新 with restarts, after which 关于 names release B — while the user's database and preferences stay as they
 * were; uninstalling leaves the product working as before.
 */
class ProductUpdateTest {

    private static final String FEATURE = "org.garrison.example.education";
    private static final Pattern FIGURES = Pattern.compile("已统计 (\\d+) 项指标");

    private static Path releaseA;
    private static Path releaseB;

    @BeforeAll
    static void releases() throws Exception {
        Path root = Path.of(System.getProperty("garrison.source.root"));
        releaseA = root.resolve("examples/org.garrison.example.site/target/repository");
        assertThat(releaseA.resolve("content.jar").toFile().isFile() || releaseA.resolve("content.xml.xz").toFile().isFile()
                || releaseA.resolve("content.xml").toFile().isFile()).as("release A's update site, built in the reactor: " + releaseA).isTrue();
        releaseB = ReleaseB.build(root, Files.createTempDirectory("garrison-release-b"));
    }

    @Test
    void anAdministratorInstallsUpdatesAndUninstallsADepartmentHeadless() throws Exception {
        Path installation = copyOfTheProduct("garrison-installation");
        Path home = Files.createTempDirectory("garrison-update-home");
        assertThat(run(installation, home, "sample", "--size", "TINY").exitCode()).isZero();
        Files.writeString(home.resolve("language"), "zh");
        int before = figures(report(installation, home));

        HeadlessCommand offered = run(installation, home, "install", "--repository", releaseA.toString());
        assertThat(offered.exitCode()).as(offered.output()).isZero();
        assertThat(offered.output()).contains(FEATURE, "国防教育", "1.0.0.");

        HeadlessCommand installed = run(installation, home, "install", "--repository", releaseA.toString(), FEATURE);
        assertThat(installed.exitCode()).as(installed.output()).isZero();
        assertThat(installed.output()).contains("已安装：国防教育 1.0.0.", "下次启动");
        assertThat(configured(installation)).anyMatch(line -> line.startsWith("org.garrison.example.education,1.0.0."));
        assertThat(run(installation, home, "install", "--list").output()).contains("国防教育").contains("1.0.0.");
        assertThat(figures(report(installation, home))).as("the department's three figures are counted").isEqualTo(before + 3);

        long start = System.nanoTime();
        HeadlessCommand updated = run(installation, home, "update", "--repository", releaseB.toString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("garrison update (release A to B of the example department): " + millis + " ms");
        assertThat(updated.exitCode()).as(updated.output()).isZero();
        assertThat(updated.output()).containsPattern("已更新：国防教育 1\\.0\\.0\\.\\S+ → 1\\.0\\.1\\.");
        assertThat(configured(installation)).anyMatch(line -> line.startsWith("org.garrison.example.education,1.0.1."))
                .noneMatch(line -> line.startsWith("org.garrison.example.education,1.0.0."));
        assertThat(run(installation, home, "update", "--repository", releaseB.toString()).output()).contains("已是最新");

        String afterUpdate = report(installation, home);
        assertThat(figures(afterUpdate)).as("the user's database, read by release B").isEqualTo(before + 3);
        assertThat(Files.readString(home.resolve("language"))).as("the user's settings").isEqualTo("zh");

        HeadlessCommand product = run(installation, home, "uninstall", "org.garrison.product");
        assertThat(product.exitCode()).isEqualTo(1);
        assertThat(product.output()).contains("不能卸载");
        HeadlessCommand notThere = run(installation, home, "install", "--repository", releaseA.toString(), "org.garrison.nothing");
        assertThat(notThere.exitCode()).isEqualTo(1);
        assertThat(notThere.output()).contains("org.garrison.nothing", FEATURE);

        HeadlessCommand uninstalled = run(installation, home, "uninstall", FEATURE);
        assertThat(uninstalled.exitCode()).as(uninstalled.output()).isZero();
        assertThat(uninstalled.output()).contains("已卸载：国防教育 1.0.1.");
        assertThat(configured(installation)).noneMatch(line -> line.startsWith("org.garrison.example.education,"));
        assertThat(figures(report(installation, home))).as("the product as before the department").isEqualTo(before);
    }

    @Test
    void aUserInstallsThroughInstallNewFeaturesThenUpdatesThroughCheckForUpdates() throws Exception {
        Path installation = copyOfTheProduct("garrison-ui-installation");
        Path home = Files.createTempDirectory("garrison-ui-update-home");
        // the administrator presets the department's site (release A) and its later release B for every user
        Files.writeString(installation.resolve("garrison.ini"), "garrison/updateSites=" + releaseA.toUri() + "|" + releaseB.toUri() + "\n",
                StandardCharsets.UTF_8);

        RunningProduct product = RunningProduct.start(installation, home, false);
        try {
            // 帮助 > 安装新功能 reads the first preset site; Tab, Tab reaches its list, the space bar ticks 国防教育, Alt+I installs
            String install = fromHelpMenu(product, "i", "安装新功能", Duration.ofSeconds(60));
            Thread.sleep(4000);
            product.press(install, "Tab");
            product.press(install, "Tab");
            product.press(install, "space");
            Thread.sleep(500);
            product.press(install, "alt+i");
            restartWhenAsked(product);
            assertThat(configured(installation)).anyMatch(line -> line.startsWith("org.garrison.example.education,1.0.0."));
            awaitJavaStarts(product, 2);

            // 帮助 > 检查更新 finds release B on the preset sites; Return updates, Return restarts
            String updates = fromHelpMenu(product, "u", "检查更新", Duration.ofSeconds(60));
            product.press(updates, "Return");
            restartWhenAsked(product);
            assertThat(configured(installation)).anyMatch(line -> line.startsWith("org.garrison.example.education,1.0.1."));
            awaitJavaStarts(product, 3);

            // 帮助 > 关于 after the restart names the department's area with release B's version; 复制 hands it over as text
            String about = fromHelpMenu(product, "a", "关于武装工作平台", Duration.ofSeconds(30));
            product.press(about, "alt+c");
            Thread.sleep(500);
            assertThat(RunningProduct.clipboardText()).containsPattern("\n  国防教育\t1\\.0\\.1\\.\\S+\n")
                    .containsPattern("\n  民兵和动员工作\t0\\.1\\.0\\.");
            product.press(about, "Escape");

            product.exitThroughFileMenu(workbench(product));
            assertThat(product.awaitExit(Duration.ofSeconds(60))).isTrue();
            assertThat(product.exitValue()).as(product.output()).isZero();
        } finally {
            product.close();
        }
        HeadlessCommand list = run(installation, home, "install", "--list");
        assertThat(list.output()).contains("国防教育").containsPattern("1\\.0\\.1\\.");
    }

    private static String workbench(RunningProduct product) throws InterruptedException {
        return product.awaitWindowTitled("武装工作平台", Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("no workbench: " + product.windowTitles() + product.output()));
    }

    /** Opens a dialog through the workbench's 帮助 menu by the item's mnemonic; answers the dialog's window. */
    private static String fromHelpMenu(RunningProduct product, String mnemonic, String title, Duration timeout) throws InterruptedException {
        String window = workbench(product);
        product.press(window, "alt+h");
        Thread.sleep(700);
        product.press(window, mnemonic);
        return product.awaitWindowTitled(title, timeout)
                .orElseThrow(() -> new AssertionError("no " + title + " dialog: " + product.windowTitles() + product.output()));
    }

    /** Answers 现在重新启动 when the workbench asks after installing or updating. */
    private static void restartWhenAsked(RunningProduct product) throws InterruptedException {
        String restart = product.awaitWindowTitled("重新启动", Duration.ofSeconds(120))
                .orElseThrow(() -> new AssertionError("no restart question: " + product.windowTitles() + product.output()));
        product.press(restart, "Return");
    }

    /** Waits until the start script has started Java that many times (the workbench ended with EXIT_RESTART). */
    private static void awaitJavaStarts(RunningProduct product, int starts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && product.javaStarts() < starts) {
            Thread.sleep(500);
        }
        assertThat(product.javaStarts()).as("the workbench started again: " + product.output()).isGreaterThanOrEqualTo(starts);
    }

    private static Path copyOfTheProduct(String name) throws Exception {
        Path into = Files.createTempDirectory(name).resolve("garrison");
        ProductArchive.run("cp", "-a", ProductArchive.unpacked().toString(), into.toString());
        return into;
    }

    private static HeadlessCommand run(Path installation, Path home, String... args) throws Exception {
        return HeadlessCommand.runIn(installation, home, Map.of(), args);
    }

    private static String report(Path installation, Path home) throws Exception {
        HeadlessCommand report = run(installation, home, "report", "--year", "2026", "--out", home.resolve("report.docx").toString());
        assertThat(report.exitCode()).as(report.output()).isZero();
        return report.output();
    }

    private static int figures(String reportOutput) {
        Matcher counted = FIGURES.matcher(reportOutput);
        assertThat(counted.find()).as(reportOutput).isTrue();
        return Integer.parseInt(counted.group(1));
    }

    private static List<String> configured(Path installation) throws IOException {
        return Files.readAllLines(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), StandardCharsets.UTF_8);
    }
}
