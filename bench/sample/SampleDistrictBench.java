import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.garrison.model.validation.RecordValidation;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;

/** Generates a sample district of the given size, saves it as XMI and loads it back; prints the figures. */
public final class SampleDistrictBench {

    public static void main(String[] args) throws IOException {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path file = Files.createTempFile("garrison-sample-", ".xmi");
        try {
            long start = System.nanoTime();
            SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
            long generated = System.nanoTime();

            Resource out = new XMIResourceFactoryImpl().createResource(URI.createFileURI(file.toString()));
            new ResourceSetImpl().getResources().add(out);
            out.getContents().addAll(sample.roots());
            out.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            long saved = System.nanoTime();

            Resource in = new XMIResourceFactoryImpl().createResource(URI.createFileURI(file.toString()));
            new ResourceSetImpl().getResources().add(in);
            in.load(Map.of());
            long loaded = System.nanoTime();

            int errors = 0;
            for (var root : sample.roots()) {
                for (var diagnostic : RecordValidation.validate(root, java.util.Locale.CHINA, java.time.LocalDate.of(2026, 12, 31)).getChildren()) {
                    if (diagnostic.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR) {
                        if (errors++ < 5) {
                            System.out.println(diagnostic.getMessage());
                        }
                    }
                }
            }
            long validated = System.nanoTime();

            long objects = 0;
            for (var it = in.getAllContents(); it.hasNext(); it.next()) {
                objects++;
            }
            System.out.printf("size %s: %,d militia members, %,d persons, %,d objects%n", size, size.militiaMembers(),
                    sample.district().getPersons().size(), objects);
            System.out.printf("generate   %6.2f s%n", (generated - start) / 1e9);
            System.out.printf("save XMI   %6.2f s   %,.1f MB%n", (saved - generated) / 1e9, Files.size(file) / 1e6);
            System.out.printf("load XMI   %6.2f s%n", (loaded - saved) / 1e9);
            System.out.printf("validate   %6.2f s   %d errors%n", (validated - loaded) / 1e9, errors);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
