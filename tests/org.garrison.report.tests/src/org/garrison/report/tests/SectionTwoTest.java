package org.garrison.report.tests;

import org.garrison.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.internal.report.document.ReportBlock;
import org.garrison.internal.report.document.ReportComposer;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureValue;
import org.garrison.report.ReportTexts;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Section 二 of the hand-counted district: sentences with the hand-counted values, zero worded or left out, never a placeholder. */
class SectionTwoTest {

    private static Store store;

    @BeforeAll
    static void stored() throws Exception {
        store = TestStores.fresh("section-two");
        try (StoreSession session = store.openSession()) {
            new HandCountedDistrict().roots().forEach(session::add);
            session.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theDistrictsSentencesCarryTheHandCountedFigures() throws Exception {
        String text = sectionTwo(null);
        assertThat(text).contains("全年共组织学习4次，其中集中学习2次、党课辅导1次、早交班1次。", "参学8人次，平均参学率72.7%。", "通读书目1本，选读书目1本。",
                "按“一个过程”组织3名基干民兵综合训练", "全年完成2个批次共5人次的民兵训练任务", "遴选2名区级教练员。",
                "2名民兵教练员参加省军区组织的教练员比武，取得单项第1名的好成绩。",
                "疫情防控期间，出动2名民兵参与经营场所防控措施落实检查和高速出入口的防控任务；汛期，出动5名民兵参与巡堤查险工作，赢得了",
                "全年高质量完成3名基干民兵的编建任务", "组织2次民兵集中点验", "全年1项问题完成达标清零。", "全年新调整配备1名专武干部。",
                "全年共应征入伍男兵2人，其中大学生2人，占100.0%；大学毕业生1人，占50.0%。",
                "征兵“五率”兵役登记率25.0%、上站率200.0%、双合格率150.0%、大学生比例66.7%、退兵率0.0%，其中4项达到考评目标。",
                "全年2个季度落实了安全教育、形势分析、安全检查和安全训练各一次以上。", "全年开展安全教育5次、形势分析2次、安全检查3次、安全训练2次。",
                "全年排查隐患2个，整改消除1个。", "组织营门防暴恐训练演练1次。", "检查维护2次");
        assertThat(text).as("zero worded").contains("全年未收到廉洁征兵举报。");
        // a department's paragraph (this bundle's plugin.xml), in its place after the mobilization paragraph
        List<String> paragraphs = List.of(text.split("\n"));
        int department = paragraphs.indexOf("全年登记赵姓人员1名。");
        assertThat(department).as("the department's sentence with its figure").isPositive();
        assertThat(paragraphs.get(department - 1)).contains("全年未收到廉洁征兵举报。");
        assertThat(paragraphs.get(department + 1)).contains("全年2个季度落实了安全教育");
        assertThat(text).as("zero left out").doesNotContain("参与抢险救灾", "现地教学", "出动0");
    }

    @Test
    void aTownsReportLeavesOutWhatIsNotItsOwn() throws Exception {
        String text;
        try (StoreSession session = store.openSession()) {
            OrgUnit east = session.<OrgUnit>list(Query.of(CorePackage.Literals.ORG_UNIT).where(Condition.eq(CorePackage.Literals.ORG_UNIT__NAME, "东镇"))).get(0);
            text = sectionTwo(session, east);
        }
        assertThat(text).contains("全年完成2个批次共3人次的民兵训练任务", "全年高质量完成1名基干民兵的编建任务", "全年共应征入伍男兵2人");
        assertThat(text).doesNotContain("全年共组织学习", "排查隐患", "廉洁征兵举报", "X", "{");
    }

    @Test
    void aYearNotOverIsCountedAsOfTheDayAndSaysSo() throws Exception {
        LocalDate asOf = LocalDate.of(HandCountedDistrict.YEAR, 6, 30);
        try (StoreSession session = store.openSession()) {
            FigureCatalog catalog = FigureCatalog.contributed();
            FigureContext context = new FigureContext(session, HandCountedDistrict.YEAR, null, asOf);
            assertThat(context.isYearOver()).isFalse();
            Map<String, FigureValue> values = catalog.compute(context, new NullProgressMonitor());
            List<ReportBlock> blocks = new ReportComposer(catalog, values, asOf).compose(ReportTexts.forYear(session, HandCountedDistrict.YEAR, null));
            assertThat(blocks.get(1).text()).isEqualTo("（本报告数据统计截至2026年6月30日）");
            String text = blocks.stream().map(ReportBlock::text).collect(Collectors.joining("\n"));
            // 10 January, 5 March and 1 June; the briefing of 31 December has not happened by 30 June
            assertThat(text).contains("截至6月30日，共组织学习3次").doesNotContain("全年共组织学习");
            assertThat(text).as("the flood patrols of July and August are not counted yet").doesNotContain("巡堤查险工作");
        }
    }

    private static String sectionTwo(OrgUnit scope) throws Exception {
        try (StoreSession session = store.openSession()) {
            return sectionTwo(session, scope);
        }
    }

    private static String sectionTwo(StoreSession session, OrgUnit scope) throws Exception {
        FigureCatalog catalog = FigureCatalog.contributed();
        Map<String, FigureValue> values = catalog.compute(new FigureContext(session, HandCountedDistrict.YEAR, scope, HandCountedDistrict.YEAR_END), new NullProgressMonitor());
        List<ReportBlock> blocks = new ReportComposer(catalog, values).compose(ReportTexts.forYear(session, HandCountedDistrict.YEAR, scope));
        int two = blocks.indexOf(blocks.stream().filter(b -> b.text().startsWith("二、")).findFirst().orElseThrow());
        int three = blocks.indexOf(blocks.stream().filter(b -> b.text().startsWith("三、")).findFirst().orElseThrow());
        return blocks.subList(two + 1, three).stream().map(ReportBlock::text).collect(Collectors.joining("\n"));
    }
}
