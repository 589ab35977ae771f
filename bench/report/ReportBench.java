import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.garrison.internal.report.figures.ConscriptionFigures;
import org.garrison.internal.report.figures.MobilizationFigures;
import org.garrison.internal.report.figures.SecurityFigures;
import org.garrison.internal.report.figures.StudyFigures;
import org.garrison.internal.report.figures.TrainingFigures;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.ReportRequest;
import org.garrison.report.ReportResult;
import org.garrison.report.ReportTexts;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * Writing the annual report against running its figures' queries alone, in the same process, on a
 * generated district: best of three rounds each.
 */
public class ReportBench {

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        EPackage report = reportPackage();
        Path folder = Files.createTempDirectory("garrison-report-bench");
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "bench", null),
                List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE, MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE,
                        report),
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        try (StoreSession writer = store.openSession()) {
            SampleDistrict.generate(42, size, 2026).roots().forEach(writer::add);
            writer.commit();
        }
        List<Figure> figures = new ArrayList<>();
        List.of(new StudyFigures(), new TrainingFigures(), new MobilizationFigures(), new ConscriptionFigures(), new SecurityFigures())
                .forEach(provider -> figures.addAll(provider.figures()));
        FigureCatalog catalog = new FigureCatalog(figures);
        System.out.printf("district: %s, %,d militia members; %d figures%n", size, size.militiaMembers(), figures.size());

        double bestQueries = Double.MAX_VALUE;
        double bestReport = Double.MAX_VALUE;
        ReportResult result = null;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            try (StoreSession session = store.openSession()) {
                catalog.compute(new FigureContext(session, 2026, null), new NullProgressMonitor());
            }
            bestQueries = Math.min(bestQueries, seconds(t0));
            Path out = folder.resolve("round" + round);
            long t1 = System.nanoTime();
            try (StoreSession session = store.openSession()) {
                result = new AnnualReportWriter(catalog).write(session, new ReportRequest(2026, null, out.resolve("report.docx"), out.resolve("report.pdf"),
                        out.resolve("appendix.xlsx")), new NullProgressMonitor());
            }
            bestReport = Math.min(bestReport, seconds(t1));
        }
        System.out.printf("the figures' queries alone (best of 3): %.2f s%n", bestQueries);
        System.out.printf("the whole report, .docx + .pdf + appendix (best of 3): %.2f s%n", bestReport);
        System.out.printf("ratio report / queries: %.2f%n", bestReport / bestQueries);
        // Where the rest goes: the report with one output at a time (best of 3 each).
        String[] parts = { "docx only", "docx + pdf", "docx + appendix" };
        for (int part = 0; part < parts.length; part++) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                Path out = folder.resolve("part" + part + "-" + round);
                long t = System.nanoTime();
                try (StoreSession session = store.openSession()) {
                    new AnnualReportWriter(catalog).write(session, new ReportRequest(2026, null, out.resolve("report.docx"),
                            part == 1 ? out.resolve("report.pdf") : null, part == 2 ? out.resolve("appendix.xlsx") : null), new NullProgressMonitor());
                }
                best = Math.min(best, seconds(t));
            }
            System.out.printf("  %s: %.2f s (ratio to queries %.2f)%n", parts[part], best, best / bestQueries);
        }
        System.out.printf("figures printed in the text: %d of %d; files: %s%n", result.printedFigures().size(), result.values().size(), result.files());
        for (Path file : result.files()) {
            System.out.printf("  %s: %,d bytes%n", file.getFileName(), Files.size(file));
        }
        store.close();
    }

    /** The report bundle's dynamic package, registered as the OSGi runtime registers it. */
    private static EPackage reportPackage() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.setPackageRegistry(EPackage.Registry.INSTANCE);
        CorePackage.eINSTANCE.eClass();
        URI uri = URI.createURI(ReportTexts.class.getClassLoader().getResource("model/report.ecore").toString());
        EPackage report = (EPackage) resources.getResource(uri, true).getContents().get(0);
        EPackage.Registry.INSTANCE.put(report.getNsURI(), report);
        return report;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
