package org.garrison.internal.ui.firststart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * How long each sample district takes on this machine, measured, not guessed: the small district is
 * generated in memory (its time and its records), and a tiny one is written twice into a throw-away
 * database beside the real one (the second write gives the records per second without the schema's
 * creation); both scale with the militia members of a size.
 */
final class SampleTimings {

    private SampleTimings() {
    }

    static Map<SampleSize, Duration> measure(StoreProvider provider, LocalDate today) throws StoreException, IOException {
        long start = System.nanoTime();
        SampleDistrict small = SampleDistrict.generate(today.getYear(), SampleSize.SMALL, today);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        int smallRecords = records(small);
        Path folder = Files.createTempDirectory("garrison-timing");
        double recordsPerSecond;
        try (Store store = provider.open(new StoreSettings.Embedded(folder, "timing", null))) {
            write(store, SampleDistrict.generate(1, SampleSize.TINY, today));
            SampleDistrict second = SampleDistrict.generate(2, SampleSize.TINY, today);
            long writing = System.nanoTime();
            write(store, second);
            recordsPerSecond = records(second) / Math.max(1e-3, (System.nanoTime() - writing) / 1e9);
        } finally {
            delete(folder);
        }
        double smallSeconds = generateSeconds + smallRecords / recordsPerSecond;
        Map<SampleSize, Duration> timings = new EnumMap<>(SampleSize.class);
        for (SampleSize size : SampleSize.values()) {
            double seconds = smallSeconds * size.militiaMembers() / SampleSize.SMALL.militiaMembers();
            timings.put(size, Duration.ofMillis(Math.round(seconds * 1000)));
        }
        return timings;
    }

    private static void write(Store store, SampleDistrict sample) throws StoreException {
        try (StoreSession session = store.openSession()) {
            sample.roots().forEach(session::add);
            session.commit();
        }
    }

    static int records(SampleDistrict sample) {
        int records = 0;
        for (EObject root : sample.roots()) {
            records++;
            for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
                records++;
            }
        }
        return records;
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
