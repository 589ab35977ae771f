import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.objects.ObjectReader;
import org.garrison.internal.store.derby.objects.ObjectWriter;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.security.SecurityPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;

/** Writes the sample district into embedded Derby and loads it back, beside XMI, in one run. */
public final class StoreBench {

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        Path folder = Files.createTempDirectory("garrison-store-bench");
        DerbyDatabase.configureSystem(folder);
        SchemaMapping mapping = SchemaMapping.of(List.of(CorePackage.eINSTANCE, StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE,
                MobilizationPackage.eINSTANCE, SecurityPackage.eINSTANCE));
        SampleDistrict sample = SampleDistrict.generate(42, size, 2026);
        DerbyDatabase database = new DerbyDatabase(folder, "bench", null);

        long t0 = System.nanoTime();
        try (Connection connection = database.connect()) {
            new SchemaWriter().apply(connection, mapping);
        }
        long t1 = System.nanoTime();
        try (Connection connection = database.connect()) {
            new ObjectWriter(mapping).insert(connection, sample.roots());
            connection.commit();
        }
        long t2 = System.nanoTime();
        List<EObject> loaded;
        try (Connection connection = database.connect()) {
            loaded = new ObjectReader(mapping).loadAll(connection);
            connection.rollback();
        }
        long t3 = System.nanoTime();
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        Path xmi = folder.resolve("sample.xmi");
        Resource out = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(out);
        out.getContents().addAll(loaded);
        long t4 = System.nanoTime();
        out.save(Map.of());
        long t5 = System.nanoTime();
        Resource in = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
        new ResourceSetImpl().getResources().add(in);
        in.load(Map.of());
        long t6 = System.nanoTime();
        database.shutdown();

        System.out.printf("size %s (%,d militia members)%n", size, size.militiaMembers());
        System.out.printf("create schema        %6.2f s%n", (t1 - t0) / 1e9);
        System.out.printf("commit all (store)   %6.2f s%n", (t2 - t1) / 1e9);
        System.out.printf("load all (store)     %6.2f s%n", (t3 - t2) / 1e9);
        System.out.printf("heap after loading   %6.0f MB (both copies in memory)%n", heap / 1e6);
        System.out.printf("save XMI             %6.2f s   %,.1f MB%n", (t5 - t4) / 1e9, Files.size(xmi) / 1e6);
        System.out.printf("load XMI             %6.2f s%n", (t6 - t5) / 1e9);
        System.out.printf("load ratio store/XMI %6.2f%n", (double) (t3 - t2) / (t6 - t5));
    }
}
