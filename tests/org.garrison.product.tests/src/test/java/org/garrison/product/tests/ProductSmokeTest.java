package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product, unpacked from its archive, starts from its start script, shows its window in Chinese (or English with
 * {@code -nl en}), logs no error and ends cleanly through File > Exit.
 */
class ProductSmokeTest {

    @Test
    void startsInChineseLogsNoErrorAndExitsThroughTheFileMenu(@TempDir Path home) throws Exception {
        assertThat(SmokeCheck.problems(ProductArchive.unpacked(), home, "武装工作平台")).isEmpty();
        assertThat(home.resolve("garrison").resolve("service.properties")).as("the embedded database, in the Garrison home").exists();
        assertThat(home.resolve("derby.log")).as("Derby's log beside it, not in the current folder").exists();
    }

    @Test
    void theFirstStartOnAnEmptyDatabaseOffersASampleDistrict(@TempDir Path home) throws Exception {
        try (RunningProduct product = RunningProduct.start(ProductArchive.unpacked(), home, true)) {
            String offer = product.awaitWindowTitled("欢迎使用武装工作平台", java.time.Duration.ofSeconds(90))
                    .orElseThrow(() -> new AssertionError("no first-start dialog: " + product.output()));
            product.press(offer, "Escape"); // start empty this time
            String window = product.awaitWindowTitled("武装工作平台", java.time.Duration.ofSeconds(30)).orElseThrow();
            Thread.sleep(1000);
            assertThat(product.windowTitles()).doesNotContain("欢迎使用武装工作平台");
            product.exitThroughFileMenu(window);
            assertThat(product.awaitExit(java.time.Duration.ofSeconds(30))).isTrue();
            assertThat(product.exitValue()).isZero();
            assertThat(product.errorEntries()).isEmpty();
        }
    }

    @Test
    void aSharedServerThatCannotBeReachedIsExplainedAndNothingStarts(@TempDir Path home) throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        // with the password preset (a scripted start): the reason in a dialog, and nothing starts; without it the login dialog says it
        try (RunningProduct product = RunningProduct.start(ProductArchive.unpacked(), home, false, java.util.Map.of("GARRISON_DB_PASSWORD", "wang-2026-pw"),
                "-server", "127.0.0.1:" + closedPort + "/garrison", "--user", "wang")) {
            String dialog = product.awaitWindow(java.time.Duration.ofSeconds(90)).orElseThrow(() -> new AssertionError(
                    "no window: " + product.output()));
            assertThat(product.title(dialog)).isEqualTo("无法打开数据库");
            product.press(dialog, "Return");
            assertThat(product.awaitExit(java.time.Duration.ofSeconds(30))).as("the product ends after the message").isTrue();
            assertThat(product.exitValue()).isZero();
            assertThat(product.errorEntries()).singleElement().asString().contains("127.0.0.1:" + closedPort + "/garrison");
            assertThat(home.resolve("garrison")).as("no embedded database instead").doesNotExist();
        }
    }

    @Test
    void withoutADesktopItSaysSoInOneSentenceAndEnds(@TempDir Path home) throws Exception {
        String display = ":" + unusedDisplayNumber();
        // no command: the workbench, on a display no X server answers (a lost session, a shell on a server)
        HeadlessCommand started = HeadlessCommand.run(home, java.util.Map.of("DISPLAY", display));

        assertThat(started.exitCode()).as(started.output()).isEqualTo(2);
        assertThat(started.output()).contains("无法打开武装工作平台的窗口：", "gtk_init_check() failed", "（DISPLAY=" + display + "）", "garrison sample")
                .doesNotContain("An error has occurred");
        assertThat(home.resolve("garrison")).as("no database opened for a window that never showed").doesNotExist();
    }

    private static int unusedDisplayNumber() {
        for (int number = 700;; number++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                return number;
            }
        }
    }

    @Test
    void speaksEnglishWithNlEn(@TempDir Path home) throws Exception {
        assertThat(SmokeCheck.problems(ProductArchive.unpacked(), home, "Garrison", "-nl", "en")).isEmpty();
    }
}
