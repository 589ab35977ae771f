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
 * generated and written into a throw-away database beside the real one (after a tiny one, so that the
 * schema's creation and the first run of the code do not count); the time per record, and the records a
 * size holds (what every district has, and what grows with its militia members), give each size's time.
 */
final class SampleTimings {

    private SampleTimings() {
    }

    static Map<SampleSize, Duration> measure(StoreProvider provider, LocalDate today) throws StoreException, IOException {
        // a tiny district first, generated and written, so that neither the schema's creation nor the first
        // run of the code counts: what scales with a district's size is timed on the small one after it
        SampleDistrict tiny = SampleDistrict.generate(1, SampleSize.TINY, today);
        long start = System.nanoTime();
        SampleDistrict small = SampleDistrict.generate(today.getYear(), SampleSize.SMALL, today);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        Path folder = Files.createTempDirectory("garrison-timing");
        double writeSeconds;
        try (Store store = provider.open(new StoreSettings.Embedded(folder, "timing", null))) {
            write(store, tiny);
            long writing = System.nanoTime();
            write(store, small);
            writeSeconds = (System.nanoTime() - writing) / 1e9;
        } finally {
            delete(folder);
        }
        // a district's records grow with its members from what every district has (a year of study, the
        // security ledger): the tiny and the small one give both; the small one's time gives the time per record
        int tinyRecords = records(tiny);
        int smallRecords = records(small);
        double perMember = (double) (smallRecords - tinyRecords) / (SampleSize.SMALL.militiaMembers() - SampleSize.TINY.militiaMembers());
        double fixed = tinyRecords - perMember * SampleSize.TINY.militiaMembers();
        double secondsPerRecord = (generateSeconds + writeSeconds) / smallRecords;
        Map<SampleSize, Duration> timings = new EnumMap<>(SampleSize.class);
        for (SampleSize size : SampleSize.values()) {
            double seconds = (fixed + perMember * size.militiaMembers()) * secondsPerRecord;
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
