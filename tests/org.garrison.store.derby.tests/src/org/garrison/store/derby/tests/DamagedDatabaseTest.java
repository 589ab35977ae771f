package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.testing.ModelPackages;
import org.junit.jupiter.api.Test;

/**
 * A database whose files were cut short (a disk that failed, a copy that stopped halfway) is not
 * explained in Derby's words: the message says the files are damaged and to restore the data folder
 * from a backup, whether the damage shows when the database starts or when its records are read.
 */
class DamagedDatabaseTest {

    @Test
    void aLogCutShortSaysTheFilesAreDamagedAndToRestoreFromABackup() throws Exception {
        StoreSettings.Embedded settings = written("damaged-log");
        try (Stream<Path> logs = Files.list(location(settings).resolve("log"))) {
            for (Path log : logs.filter(file -> file.getFileName().toString().endsWith(".dat")).toList()) {
                truncate(log, 0);
            }
        }
        assertThatThrownBy(() -> open(settings)).isInstanceOf(StoreException.class).hasMessageContaining("文件已损坏")
                .hasMessageContaining("从备份恢复整个数据文件夹").hasMessageNotContaining("see the next exception");
    }

    @Test
    void pagesCutShortSayTheSameWhenTheRecordsAreRead() throws Exception {
        StoreSettings.Embedded settings = written("damaged-pages");
        try (Stream<Path> data = Files.list(location(settings).resolve("seg0"))) {
            for (Path file : data.filter(file -> file.getFileName().toString().endsWith(".dat")).toList()) {
                if (Files.size(file) > 16384) {
                    truncate(file, 8192);
                }
            }
        }
        // the damage shows as the database starts, or as soon as the damaged records are read
        assertThatThrownBy(() -> {
            DerbyStore store = open(settings);
            try (StoreSession session = store.openSession()) {
                session.loadAll();
            } finally {
                store.close();
            }
        }).isInstanceOf(StoreException.class).hasMessageContaining("已损坏").hasMessageContaining("从备份恢复整个数据文件夹");
    }

    /** A database with the tiny sample district in it, shut down so that its files are complete. */
    private static StoreSettings.Embedded written(String name) throws Exception {
        StoreSettings.Embedded settings = new StoreSettings.Embedded(TestDatabases.DATA_FOLDER, name + "-" + System.nanoTime(), null);
        DerbyStore store = open(settings);
        try (StoreSession session = store.openSession()) {
            SampleDistrict.generate(5, SampleSize.TINY, 2026).roots().forEach(session::add);
            session.commit();
        }
        store.close();
        assertThat(location(settings)).isDirectory();
        return settings;
    }

    private static DerbyStore open(StoreSettings.Embedded settings) throws StoreException {
        return DerbyStore.open(settings, ModelPackages.ALL, CommitValidator.EMF, List.of());
    }

    private static Path location(StoreSettings.Embedded settings) {
        return settings.dataFolder().resolve(settings.database());
    }

    private static void truncate(Path file, long size) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
