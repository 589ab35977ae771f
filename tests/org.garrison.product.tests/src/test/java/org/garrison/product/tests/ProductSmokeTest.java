package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

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
    }

    @Test
    void speaksEnglishWithNlEn(@TempDir Path home) throws Exception {
        assertThat(SmokeCheck.problems(ProductArchive.unpacked(), home, "Garrison", "-nl", "en")).isEmpty();
    }
}
