package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code garrison report} of the unpacked product, without a display: on a home where the first
 * start created the sample district, it writes the .docx, .pdf and appendix of the year; bad
 * arguments are explained.
 */
class HeadlessReportTest {

    @Test
    void writesTheReportOfTheSampleDistrictWithoutADisplay(@TempDir Path home) throws Exception {
        try (RunningProduct product = RunningProduct.start(ProductArchive.unpacked(), home, true)) {
            String offer = product.awaitWindowTitled("欢迎使用武装工作平台", Duration.ofSeconds(90))
                    .orElseThrow(() -> new AssertionError("no first-start dialog: " + product.output()));
            product.press(offer, "Return"); // the small sample district
            String window = product.awaitWindowTitled("武装工作平台", Duration.ofSeconds(120)).orElseThrow();
            Thread.sleep(1000);

            // while the workbench holds the embedded database, a headless command says so plainly and touches nothing
            Path early = home.resolve("out/早到的报告.docx");
            HeadlessCommand held = report(home, "report", "--year", Integer.toString(LocalDate.now().getYear()), "--out", early.toString());
            assertThat(held.exitCode()).as(held.output()).isEqualTo(3);
            assertThat(held.output()).contains("正由另一个武装工作平台使用", "请关闭武装工作平台后再运行，或改用共享数据库服务器")
                    .doesNotContain("Failed to start database", "EquinoxClassLoader");
            assertThat(early).doesNotExist();

            // a second start on the same data brings the running window to the front and ends: no second window, nothing logged
            Path running = home.resolve(".garrison-running");
            assertThat(running).as("the workbench listens for a second start").exists();
            try (RunningProduct second = RunningProduct.start(ProductArchive.unpacked(), home, false)) {
                assertThat(second.awaitExit(Duration.ofSeconds(90))).as(second.output()).isTrue();
                assertThat(second.exitValue()).isZero();
                assertThat(second.output()).doesNotContain("Failed to start database");
                assertThat(second.errorEntries()).isEmpty();
            }
            // where the running one cannot be reached, one sentence says that Garrison is already open there
            String listening = java.nio.file.Files.readString(running);
            java.nio.file.Files.delete(running);
            try (RunningProduct second = RunningProduct.start(ProductArchive.unpacked(), home, false)) {
                String told = second.awaitWindowTitled("武装工作平台已经打开", Duration.ofSeconds(90))
                        .orElseThrow(() -> new AssertionError("no word of the open workbench: " + second.windowTitles() + second.output()));
                assertThat(second.windowTitles()).doesNotContain("武装工作平台");
                second.press(told, "Return");
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isTrue();
                assertThat(second.exitValue()).isZero();
                assertThat(second.errorEntries()).isEmpty();
            } finally {
                java.nio.file.Files.writeString(running, listening);
            }
            assertThat(product.windowTitles()).contains("武装工作平台");
            // the sample is stored by a background job; the application finishes it before closing the store
            product.exitThroughFileMenu(window);
            assertThat(product.awaitExit(Duration.ofSeconds(120))).isTrue();
        }
        int year = LocalDate.now().getYear();
        Path out = home.resolve("out/述职报告.docx");
        HeadlessCommand result = report(home, "report", "--year", Integer.toString(year), "--out", out.toString(), "--pdf", "--appendix");

        assertThat(result.exitCode()).as(result.output()).isZero();
        // its own lines only: the framework's logging went to the data folder's headless.log
        assertThat(result.output()).doesNotContain("Registered provider", "信息:", "INFO:");
        assertThat(home.resolve("headless.log")).content(StandardCharsets.UTF_8).contains("Registered provider");
        assertThat(result.output()).contains("已写出：" + out, "述职报告.pdf", "述职报告-数据附录.xlsx").containsPattern("已统计 \\d+ 项指标，报告正文引用了其中 [1-9]\\d* 项");
        assertThat(home.resolve("out/述职报告.pdf")).isNotEmptyFile();
        assertThat(home.resolve("out/述职报告-数据附录.xlsx")).isNotEmptyFile();
        String document = entry(out, "word/document.xml");
        assertThat(document).contains(year + "年度述职报告", "二、坚持履职尽责，狠抓工作落实", "个批次共", "的民兵训练任务").doesNotContain("XX");
        if (LocalDate.now().isBefore(LocalDate.of(year, 12, 31))) {
            assertThat(document).as("a year not over is counted as of today and says so").contains("本报告数据统计截至");
        }

        // every figure as data, counted as of a day the user gives
        Path figures = home.resolve("out/指标.csv");
        HeadlessCommand listed = report(home, "report", "--year", Integer.toString(year), "--as-of", year + "-06-30", "--figures", figures.toString());
        assertThat(listed.exitCode()).as(listed.output()).isZero();
        assertThat(listed.output()).contains("已写出：" + figures);
        List<String> rows = java.nio.file.Files.readAllLines(figures, StandardCharsets.UTF_8);
        assertThat(rows.get(0).replace("\uFEFF", "")).isEqualTo("编号,名称,数值,统计截止日,口径");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("study.sessions,").contains("," + year + "-06-30,"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("conscription.rate.registration,").contains("年满十八周岁"));

        HeadlessCommand badDay = report(home, "report", "--year", Integer.toString(year), "--as-of", "6月30", "--figures", figures.toString());
        assertThat(badDay.exitCode()).isEqualTo(1);
        assertThat(badDay.output()).contains("“6月30”不是日期");
    }

    /**
     * {@code garrison sample --today}: the district as written on 30 June holds nothing after that day, so
     * every figure counted as of the year's end equals the same figure counted as of 30 June.
     */
    @Test
    void writesTheSampleDistrictAsOfADayAndNothingAfterItCounts(@TempDir Path home) throws Exception {
        HeadlessCommand written = report(home, "sample", "--size", "TINY", "--today", "2026-06-30");
        assertThat(written.exitCode()).as(written.output()).isZero();
        assertThat(written.output()).contains("已写入示例区：60 名民兵，数据截至 2026-06-30");
        HeadlessCommand again = report(home, "sample", "--size", "TINY");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("已有记录：示例区只写入空数据库");

        Path june = home.resolve("june.csv");
        Path yearEnd = home.resolve("year-end.csv");
        assertThat(report(home, "report", "--year", "2026", "--as-of", "2026-06-30", "--figures", june.toString()).exitCode()).isZero();
        assertThat(report(home, "report", "--year", "2026", "--as-of", "2026-12-31", "--figures", yearEnd.toString()).exitCode()).isZero();
        List<String> juneValues = values(june);
        assertThat(juneValues).anySatisfy(row -> assertThat(row).matches("study\\.sessions,[^,]+,[1-9]\\d*"));
        // counted to the year's end, only plans add to a figure: the sessions of the next four weeks (by date),
        // the batches and competitions ahead; every figure of what was done (attendance, musters, maintenance,
        // deployments, hazards, conscription, placings) is as on 30 June
        List<String> yearEndValues = values(yearEnd);
        assertThat(juneValues).hasSameSizeAs(yearEndValues);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < juneValues.size(); i++) {
            if (!juneValues.get(i).equals(yearEndValues.get(i))) {
                changed.add(juneValues.get(i).substring(0, juneValues.get(i).indexOf(',')));
            }
        }
        assertThat(changed).isNotEmpty().allSatisfy(id -> assertThat(id).matches(
                "study\\.sessions(\\..*)?|training\\.(batches|trainees|coreIntegratedTrainees|provincialEntrants)"));
        assertThat(juneValues).contains(yearEndValues.stream().filter(row -> row.startsWith("study.attendances,")).findFirst().orElseThrow());

        HeadlessCommand badSize = report(home, "sample", "--size", "HUGE");
        assertThat(badSize.exitCode()).isEqualTo(1);
        assertThat(badSize.output()).contains("示例区规模“HUGE”不对").contains("用法：garrison sample");
    }

    /** "id,name,value" of every figure row of a --figures file. */
    private static List<String> values(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).map(row -> String.join(",", java.util.Arrays.copyOf(row.split(",", 4), 3)))
                .toList();
    }

    @Test
    void explainsWhatIsWrongWithItsArguments(@TempDir Path home) throws Exception {
        HeadlessCommand wrongFile = report(home, "report", "--year", "2026", "--out", home.resolve("report.txt").toString());
        assertThat(wrongFile.exitCode()).isEqualTo(1);
        assertThat(wrongFile.output()).contains("不是 .docx 文件名").contains("用法：garrison report");

        HeadlessCommand badYear = report(home, "report", "--year", "26", "--out", home.resolve("r.docx").toString());
        assertThat(badYear.exitCode()).isEqualTo(1);
        assertThat(badYear.output()).contains("年份“26”不是四位数的年份");
    }

    /** garrison --help lists the commands, garrison COMMAND --help prints its usage, --version the version and build; all exit 0. */
    @Test
    void helpAndVersionAnswerWithoutStartingAnything(@TempDir Path home) throws Exception {
        HeadlessCommand help = report(home, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("用法：garrison", "report", "sample", "--version");
        HeadlessCommand reportHelp = report(home, "report", "--help");
        assertThat(reportHelp.exitCode()).as(reportHelp.output()).isZero();
        assertThat(reportHelp.output().strip()).startsWith("用法：garrison report --year").doesNotContain("不认识的选项", "Registered provider");
        HeadlessCommand sampleHelp = report(home, "sample", "--help");
        assertThat(sampleHelp.exitCode()).as(sampleHelp.output()).isZero();
        assertThat(sampleHelp.output()).contains("garrison sample");
        HeadlessCommand version = report(home, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.output().strip()).matches("武装工作平台 Garrison \\d+\\.\\d+\\.\\d+（构建 [\\w-]+）");
    }

    private static HeadlessCommand report(Path home, String... args) throws Exception {
        return HeadlessCommand.run(home, args);
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
