package org.garrison.report.tests;

import org.garrison.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.ReportRequest;
import org.garrison.report.ReportResult;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.junit.jupiter.api.Test;

/** A figure a plug-in contributes through org.garrison.report.figures is in the catalogue, computed, and listed in the appendix. */
class ContributedFigureTest {

    @Test
    void aTestBundlesFigureIsInTheCatalogueAndTheAppendix() throws Exception {
        FigureCatalog catalog = FigureCatalog.contributed();
        Figure figure = catalog.figure(TestFigures.ID);
        assertThat(figure).isNotNull();
        assertThat(figure.name(Locale.CHINA)).isEqualTo("姓赵的人");
        assertThat(figure.name(Locale.ENGLISH)).isEqualTo("Persons named Zhao");
        assertThat(catalog.figure("training.batches")).as("beside Garrison's own").isNotNull();

        try (Store store = TestStores.fresh("contributed")) {
            try (StoreSession session = store.openSession()) {
                new HandCountedDistrict().roots().forEach(session::add);
                session.commit();
            }
            Path appendix = Files.createTempDirectory("contributed").resolve("附录.xlsx");
            ReportResult result;
            try (StoreSession session = store.openSession()) {
                result = new AnnualReportWriter(catalog).write(session,
                        new ReportRequest(HandCountedDistrict.YEAR, null, appendix.resolveSibling("r.docx"), null, appendix), new NullProgressMonitor());
            }
            assertThat(result.values().get(TestFigures.ID).count()).isEqualTo(1); // 赵一
            List<List<String>> rows = new ArrayList<>();
            TableFiles.read(appendix, (number, cells) -> {
                if (!cells.isEmpty() && cells.get(0).equals(TestFigures.ID)) {
                    rows.add(cells);
                }
            });
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(1)).isEqualTo("姓赵的人");
            assertThat(rows.get(0).get(3)).isEqualTo("赵一");
        }
    }
}
