package org.garrison.report.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.named;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.report.ui.WriteReportWizard;
import org.garrison.report.ReportTexts;
import org.garrison.report.ReportTexts.Section;
import org.garrison.store.StoreSession;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wizard of Report > Write Annual Report, driven through its pages: the files are written by its Job, the prose stored. */
class WriteReportWizardTest {

    @BeforeAll
    static void district() throws Exception {
        ReportWorkbench.districtStored();
    }

    @Test
    void theWizardWritesTheReportAndKeepsTheYearsProse() throws Exception {
        Path folder = Files.createTempDirectory("wizard-report");
        String before;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            EObject stored = ReportTexts.find(session, ReportWorkbench.YEAR, null);
            before = stored == null ? null : ReportTexts.text(stored, Section.INTEGRITY);
        }
        String written = "本年度严守廉洁纪律，未发生违纪问题（" + System.nanoTime() + "）。";
        WriteReportWizard wizard = new WriteReportWizard(GarrisonUI.getStore());
        var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard) {
            @Override
            public void nextPressed() {
                super.nextPressed();
            }

            @Override
            public void finishPressed() {
                super.finishPressed();
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        var shell = dialog.getShell();
        Spinner year = (Spinner) named(shell, "year");
        year.setSelection(ReportWorkbench.YEAR);
        year.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
        ((Text) named(shell, "folder")).setText(folder.toString());
        settle();
        org.garrison.ui.editor.DateField asOf = (org.garrison.ui.editor.DateField) named(shell, "asOf");
        assertThat(asOf.text().getText()).as("the year's end once over, else today")
                .isEqualTo(org.garrison.report.FigureContext.defaultAsOf(ReportWorkbench.YEAR, java.time.LocalDate.now()).toString());
        // the whole year: the document then says 全年
        asOf.text().setText(ReportWorkbench.YEAR + "-12-31");
        settle();
        dialog.nextPressed();
        settle();
        Text integrity = (Text) named(shell, Section.INTEGRITY.name());
        if (before == null) {
            assertThat(integrity.getText()).as("a first report starts from the example text").startsWith("国无格不兴");
        } else {
            assertThat(integrity.getText()).as("the year's stored text (this test's earlier run)").isEqualTo(before);
        }
        assertThat(((Text) named(shell, Section.TITLE.name())).getText()).isEqualTo("2026年度述职报告");
        integrity.setText(written);

        List<String> told = new ArrayList<>();
        WorkbenchDriver.whenOpened("述职报告已写出", done -> told.addAll(WorkbenchDriver.labels(done)));
        dialog.finishPressed();
        settle();
        waitUntil(() -> Job.getJobManager().find(WriteReportWizard.jobFamily()).length == 0 && !told.isEmpty());

        Path docx = folder.resolve("2026年度述职报告.docx");
        assertThat(docx).exists();
        assertThat(folder.resolve("2026年度述职报告.pdf")).exists();
        assertThat(folder.resolve("2026年度述职报告-数据附录.xlsx")).exists();
        assertThat(String.join("\n", told)).contains(docx.toString());
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertThat(text).contains(written, "全年完成", "个批次共").doesNotContain("国无格不兴");
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            EObject stored = ReportTexts.find(session, ReportWorkbench.YEAR, null);
            assertThat(ReportTexts.text(stored, Section.INTEGRITY)).isEqualTo(written);
        }
    }
}
