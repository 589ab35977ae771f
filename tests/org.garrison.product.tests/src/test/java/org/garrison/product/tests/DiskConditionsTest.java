package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only data folder, produced for real: the product's headless commands run in a
 * mount namespace of their own ({@code unshare -m}), where the data folder is a small tmpfs or a read-only
 * bind mount of a real folder. Each condition is said in plain words, and nothing is half written.
 */
class DiskConditionsTest {

    private static final String FULL = "所在的磁盘已满";

    @Test
    void aFullDiskIsSaidToBeFullAndTheDatabaseStaysWhole(@TempDir Path home) throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        String sample = command(home, "sample --size SMALL -data-folder " + data);
        String output = inNamespace(
                // 3 MB: not even a new database fits
                "mount -t tmpfs -o size=3m none " + data,
                "echo '== creating'; " + sample + "; echo \"exit=$?\"",
                "umount " + data,
                // the database made, then the disk filled by other files to 1 MB short: the district's records do not fit
                "mount -t tmpfs -o size=100m none " + data,
                command(home, "report --year 2026 --figures " + home.resolve("figures.csv") + " -data-folder " + data),
                "free=$(df -k --output=avail " + data + " | tail -n 1)",
                "dd if=/dev/zero of=" + data.resolve("other-files") + " bs=1k count=$((free - 1024)) 2>/dev/null",
                "echo '== saving'; " + sample + "; echo \"exit=$?\"",
                "rm " + data.resolve("other-files"),
                "echo '== after freeing space'; " + sample + "; echo \"exit=$?\"");

        String creating = between(output, "== creating", "== saving");
        assertThat(creating).contains(FULL, "请清理该磁盘", "exit=1").doesNotContain("已损坏", "XSDG1", "Exception", "severe error");
        String saving = between(output, "== saving", "== after freeing space");
        assertThat(saving).contains("数据库所在的磁盘已满，这次修改没有写入", "exit=1").doesNotContain("已损坏", "Exception", "severe error");
        // nothing of the refused commit was kept: the database is still empty, so the sample is written now
        String after = output.substring(output.indexOf("== after freeing space"));
        assertThat(after).contains("已写入示例区").doesNotContain("已有记录").contains("exit=0");
    }

    @Test
    void aReadOnlyDataFolderIsSaidToBeReadOnlyWithoutDerbysLogOnTheTerminal(@TempDir Path home) throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Path empty = Files.createDirectories(home.resolve("empty"));
        Path figures = home.resolve("figures.csv");
        assertThat(run(List.of("sh", "-c", command(home, "sample --size TINY -data-folder " + data))).output).contains("已写入示例区");

        String output = inNamespace(
                "mount --bind " + data + " " + data, "mount -o remount,bind,ro " + data,
                "mount --bind " + empty + " " + empty, "mount -o remount,bind,ro " + empty,
                "echo '== report'", command(home, "report --year 2026 --figures " + figures + " -data-folder " + data),
                "echo '== sample'", command(home, "sample --size TINY -data-folder " + empty));

        String report = between(output, "== report", "== sample");
        assertThat(report).contains("所在的数据文件夹不能写入", "复制到可以写入的位置").doesNotContain("Booting Derby", "read-only connection", "Exception");
        String sample = output.substring(output.indexOf("== sample"));
        assertThat(sample).contains("所在的数据文件夹不能写入").doesNotContain("Feature not implemented", "Failed to create database", "Exception");
        assertThat(figures).doesNotExist();
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    /** The product's start script with a command, as a line of shell. */
    private static String command(Path home, String arguments) throws Exception {
        return "GARRISON_HOME=" + home + " " + ProductArchive.unpacked().resolve("garrison") + " " + arguments;
    }

    /** Runs the lines in a mount namespace of their own, so that the mounts end with them; answers all they printed. */
    private static String inNamespace(String... lines) throws Exception {
        Result result = run(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", String.join("\n", lines)));
        return result.output;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String between(String text, String from, String to) {
        assertThat(text).contains(from, to);
        return text.substring(text.indexOf(from), text.indexOf(to));
    }
}
