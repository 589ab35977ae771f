package org.garrison.example.education.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.example.education.EducationFigures;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.FigureCatalog;
import org.garrison.report.ReportRequest;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 国防教育's figures are in the catalogue and its sentences, with the year's counts, in section 二 of the written report. */
class EducationReportTest {

    @TempDir
    Path folder;

    @Test
    void theReportCountsTheYearsActivitiesInItsOwnParagraph() throws Exception {
        assertThat(FigureCatalog.contributed().figures()).extracting(figure -> figure.id())
                .contains(EducationFigures.ACTIVITIES, EducationFigures.SCHOOL_TRAININGS, EducationFigures.PARTICIPANTS);
        Store store = TestStores.fresh("education-report");
        try {
            try (StoreSession session = store.openSession()) {
                SampleDistrict.generate(7, SampleSize.TINY, LocalDate.of(2026, 6, 30)).roots().forEach(session::add);
                session.add(EducationAreaTest.activity("全民国防教育日主题宣传", "DEFENCE_DAY", LocalDate.of(2026, 9, 19), 1200));
                session.add(EducationAreaTest.activity("高一新生军训", "SCHOOL_TRAINING", LocalDate.of(2026, 8, 25), 640));
                session.add(EducationAreaTest.activity("国防教育进机关讲座", "LECTURE", LocalDate.of(2026, 4, 12), 85));
                session.add(EducationAreaTest.activity("上一年的展览", "EXHIBITION", LocalDate.of(2025, 10, 1), 300));
                session.commit();
            }
            Path docx = folder.resolve("述职报告.docx");
            try (StoreSession session = store.openSession()) {
                new AnnualReportWriter(FigureCatalog.contributed()).write(session,
                        new ReportRequest(2026, LocalDate.of(2026, 12, 31), null, docx, null, null), new NullProgressMonitor());
            }
            String text = documentText(docx);
            assertThat(text).contains("深化全民国防教育，全年组织国防教育活动3次，其中学生军训1次。", "参加国防教育活动1925人次。");
            assertThat(text.indexOf("国防教育活动3次")).as("in section 二, after the mobilization paragraph")
                    .isGreaterThan(text.indexOf("二、"));
        } finally {
            store.close();
        }
    }

    /** The text of the Word document's body, paragraphs joined. */
    private static String documentText(Path docx) throws Exception {
        assertThat(Files.size(docx)).isPositive();
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
        }
    }
}
