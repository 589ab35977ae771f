package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.garrison.internal.store.derby.DerbyDatabase;
import org.junit.jupiter.api.Test;

/** An embedded database created with a boot password is encrypted on disk and opens only with it. */
class EncryptionTest {

    private static final String MARKER = "GARRISON-MARKER-7f3a9c";

    @Test
    void encryptedDatabaseHidesItsDataAndNeedsItsBootPassword() throws Exception {
        String name = "encrypted-" + System.nanoTime();
        DerbyDatabase created = TestDatabases.encrypted(name, "正确的启动密码-2026");
        writeMarker(created);
        assertThat(filesContain(created.location(), MARKER)).as("marker readable in the data files").isFalse();

        assertThatThrownBy(() -> TestDatabases.encrypted(name, null).connect())
                .isInstanceOf(SQLException.class).hasMessageContaining("启动密码不正确或未提供");
        assertThatThrownBy(() -> TestDatabases.encrypted(name, "错误的密码").connect())
                .isInstanceOf(SQLException.class).hasMessageContaining("启动密码不正确或未提供");

        DerbyDatabase reopened = TestDatabases.encrypted(name, "正确的启动密码-2026");
        try (Connection connection = reopened.connect()) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT TEXT FROM MARKER")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(MARKER);
            }
            connection.rollback();
        }
        reopened.shutdown();
    }

    @Test
    void anUnencryptedDatabaseShowsItsDataOnDisk() throws Exception {
        DerbyDatabase plain = TestDatabases.fresh("plain");
        writeMarker(plain);
        assertThat(filesContain(plain.location(), MARKER)).isTrue();
    }

    private static void writeMarker(DerbyDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE MARKER (TEXT VARCHAR(100))");
            statement.execute("INSERT INTO MARKER VALUES ('" + MARKER + "')");
            connection.commit();
        }
        database.shutdown();
    }

    private static boolean filesContain(Path folder, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                if (indexOf(content, needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
