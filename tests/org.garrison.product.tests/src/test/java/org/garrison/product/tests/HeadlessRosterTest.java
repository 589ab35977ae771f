package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code garrison roster} of the unpacked product, without a display: the roll of the sample district
 * written and imported again (every row unchanged), a town's file without a unit column imported by
 * town, its problems written as 行号, 字段, 问题, and the exit codes the usage promises.
 */
class HeadlessRosterTest {

    @Test
    void exportsTheRollAndImportsTownFilesWithoutADisplay(@TempDir Path home) throws Exception {
        assertThat(run(home, "sample", "--size", "TINY").exitCode()).isZero();

        Path roll = home.resolve("花名册.csv");
        HeadlessCommand exported = run(home, "roster", "export", roll.toString());
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        assertThat(exported.output()).containsPattern("已写出 \\d+ 行：").doesNotContain("Registered provider");
        List<String> lines = Files.readAllLines(roll, StandardCharsets.UTF_8);
        assertThat(lines.get(0).replace("\uFEFF", "")).startsWith("序号,乡镇（街道）,村（社区）,所在分队,姓名,性别,出生日期,公民身份号码");
        int members = lines.size() - 1;
        assertThat(members).isPositive();

        // the roll read back: every row as stored, nothing to write
        HeadlessCommand again = run(home, "roster", "import", roll.toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("共 " + members + " 行，新增 0 名，更新 0 名，" + members + " 名没有变化，0 行有问题");

        // a town's file: no unit column, its own headers and wordings, one good row and one with two problems
        // a village of the roll whose members are all in one unit: by town, the file's rows go there
        java.util.Map<String, java.util.Set<String>> unitsOfVillage = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[2].isEmpty()) {
                unitsOfVillage.computeIfAbsent(cells[1] + "," + cells[2], key -> new java.util.HashSet<>()).add(cells[3]);
            }
        }
        String place = unitsOfVillage.entrySet().stream().filter(entry -> entry.getValue().size() == 1).map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow();
        String town = place.split(",")[0];
        String village = place.split(",")[1];
        Path file = home.resolve("town.csv");
        Files.writeString(file, String.join("\n",
                "序号,所属乡镇,村（社区）,姓名,公民身份号码,性别,政治面貌,文化程度,民兵类别,入队时间,是否退役军人,工作单位",
                "1," + town + "," + village + ",张建国,320102199804050710,男,党员,大学本科,基干,2024年3月1日,是,农机站",
                "2," + town + "," + village + ",陈两错,320102199508081252,女,群众,大学肄业,基干,2024-01-01,否,农机站") + "\n",
                StandardCharsets.UTF_8);
        Path problems = home.resolve("problems.csv");
        HeadlessCommand dryRun = run(home, "roster", "import", file.toString(), "--by-town", "--dry-run", "--problems", problems.toString());
        assertThat(dryRun.exitCode()).as(dryRun.output()).isZero();
        assertThat(dryRun.output()).contains("共 2 行，新增 1 名", "1 行有问题", "第 3 行 文化程度：“大学肄业”不是可选的值", "只作了检查");
        List<String> listed = Files.readAllLines(problems, StandardCharsets.UTF_8);
        assertThat(listed.get(0).replace("\uFEFF", "")).isEqualTo("行号,字段,问题");
        assertThat(listed.subList(1, listed.size())).allSatisfy(line -> assertThat(line).startsWith("3,")).hasSizeGreaterThanOrEqualTo(2);

        HeadlessCommand strict = run(home, "roster", "import", file.toString(), "--by-town", "--all-or-nothing");
        assertThat(strict.exitCode()).as(strict.output()).isEqualTo(2);
        assertThat(strict.output()).contains("什么也没有导入");
        HeadlessCommand imported = run(home, "roster", "import", file.toString(), "--by-town");
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("已导入：新增 1 名");

        HeadlessCommand noPlacement = run(home, "roster", "import", file.toString());
        assertThat(noPlacement.exitCode()).isEqualTo(1);
        assertThat(noPlacement.output()).contains("文件中没有“所在分队”列", "全部放入一个分队");
        HeadlessCommand bad = run(home, "roster", "import", file.toString(), "--unit");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.output()).contains("用法：garrison roster import");
        // the other two rolls of a town: who joined and left, and the muster roll calls of the year
        Path musters = home.resolve("集结点验登记册.xlsx");
        HeadlessCommand mustered = run(home, "roster", "export", "--roll", "musters", "--town", town, musters.toString());
        assertThat(mustered.exitCode()).as(mustered.output()).isZero();
        assertThat(musters).isNotEmptyFile();
        HeadlessCommand movements = run(home, "roster", "export", "--roll", "movements", "--town", town, "--year", "2026", home.resolve("出入.csv").toString());
        assertThat(movements.exitCode()).as(movements.output()).isZero();
        assertThat(Files.readAllLines(home.resolve("出入.csv"), StandardCharsets.UTF_8).get(0)).contains("变动", "公民身份号码");
        HeadlessCommand noTown = run(home, "roster", "export", "--town", "没有这个镇", home.resolve("x.csv").toString());
        assertThat(noTown.exitCode()).isEqualTo(1);
        assertThat(noTown.output()).contains("没有名为“没有这个镇”的乡镇（街道）或民兵分队");

        HeadlessCommand help = run(home, "roster", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("退出码");
    }

    private static HeadlessCommand run(Path home, String... args) throws Exception {
        return HeadlessCommand.run(home, args);
    }
}
