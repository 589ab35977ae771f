package org.garrison.report.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.report.OfficialForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .docx form helper: a record's fields and a table, in a Word document that POI reads back, in the official page layout. */
class OfficialFormTest {

    @TempDir
    Path folder;

    @Test
    void aRecordAndATableAreWrittenAsAnOfficialForm() throws Exception {
        OrgUnit town = CoreFactory.eINSTANCE.createOrgUnit();
        town.setName("梅园街道");
        town.setLevel(OrgUnitLevel.TOWN);
        StandardizationItem item = MobilizationFactory.eINSTANCE.createStandardizationItem();
        item.setTitle("基层武装部办公场所");
        item.setOrgUnit(town);
        item.setStatus(ItemStatus.RECTIFYING);
        item.setDeadline(LocalDate.of(2026, 6, 30));
        Path file = folder.resolve("登记表.docx");

        OfficialForm.titled("规范化建设登记表").record(item, Locale.CHINA).heading("整改情况")
                .table(List.of("日期", "事项", "责任人"), List.of(List.of("2026-03-02", "制定整改方案", "王伟"), List.of("2026-04-10", "完成整改", "李强")))
                .writeDocx(file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(paragraphs).contains("规范化建设登记表").contains("整改情况");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            String fields = tables.get(0).getText();
            assertThat(fields).contains("基层武装部办公场所").contains("梅园街道").contains("2026-06-30").contains("整改中");
            assertThat(tables.get(1).getRows()).hasSize(3);
            assertThat(tables.get(1).getRow(0).getCell(1).getText()).isEqualTo("事项");
            assertThat(tables.get(1).getRow(2).getCell(2).getText()).isEqualTo("李强");
            assertThat(((Number) document.getDocument().getBody().getSectPr().getPgSz().getW()).intValue()).as("A4").isEqualTo(11906);
            assertThat(document.getFooterList()).as("page numbers").isNotEmpty();
        }
    }
}
