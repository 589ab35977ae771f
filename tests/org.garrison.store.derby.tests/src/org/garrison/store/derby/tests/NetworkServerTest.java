package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.garrison.internal.store.derby.DerbyServerDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSettings;
import org.garrison.model.core.CoreFactory;
import org.garrison.testing.ModelPackages;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.junit.jupiter.api.Test;

/**
 * A shared Derby Network Server, started by the test on a free loopback port, with authentication
 * on but without TLS (the department's own server, with TLS and roles, is tested in org.garrison.admin.tests):
 * a user without the right password is refused; a known user stores and reads records.
 */
class NetworkServerTest {


    @Test
    void sharedServerAuthenticatesUsersAndStoresTheirRecords() throws Exception {
        String database = TestDatabases.DATA_FOLDER.resolve("shared-" + System.nanoTime()).toString();
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(null);
        try {
            awaitServer(server);
            String host = InetAddress.getLoopbackAddress().getHostAddress();
            try (Connection owner = new DerbyServerDatabase(host, port, database + ";create=true", "ADMIN", "管理员口令".toCharArray()).connect();
                    Statement statement = owner.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('ADMIN', '管理员口令')");
                statement.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('STAFF', 'staff-2026')");
                owner.commit();
            }
            shutdown(host, port, database);

            assertThatThrownBy(() -> new DerbyServerDatabase(host, port, database, "STAFF", "wrong".toCharArray()).connect())
                    .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));
            assertThatThrownBy(() -> new DerbyServerDatabase(host, port, database, "STAFF", null).connect())
                    .isInstanceOf(SQLException.class);

            // what a person reads: a refused login names the user, with what to check; nothing of Derby's own sentence
            assertThatThrownBy(() -> DerbyStore.open(new StoreSettings.Server(host, port, database, "STAFF", "wrong".toCharArray(), false), ModelPackages.ALL,
                    CommitValidator.EMF, List.of())).isInstanceOf(StoreException.class).hasMessageContaining("拒绝了用户 STAFF 的登录")
                    .hasMessageContaining("用户名或密码不正确").hasMessageNotContaining("Connection authentication failure");

            DerbyStore staff = DerbyStore.open(new StoreSettings.Server(host, port, database, "STAFF", "staff-2026".toCharArray(), false),
                    ModelPackages.ALL, CommitValidator.EMF, List.of());
            District district = CoreFactory.eINSTANCE.createDistrict();
            district.setName("示范区");
            district.setCode("320102");
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName("张三");
            person.setIdentityNumber(IdentityNumber.of("320102", java.time.LocalDate.of(1995, 5, 5), 31));
            district.getPersons().add(person);
            StoreSession writer = staff.openSession();
            writer.add(district);
            writer.commit();

            District read = (District) staff.openSession().loadAll().get(0);
            assertThat(read.getPersons()).extracting(Person::getName).containsExactly("张三");
        } finally {
            server.shutdown();
        }
    }

    /** A server that is not there (a free port nobody listens on) is said to be unreachable, with what to check. */
    @Test
    void anUnreachableServerIsSaidToBeUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        StoreSettings.Server settings = new StoreSettings.Server(InetAddress.getLoopbackAddress().getHostAddress(), port, "garrison", "STAFF",
                "staff-2026".toCharArray());
        assertThatThrownBy(() -> DerbyStore.open(settings, ModelPackages.ALL, CommitValidator.EMF, List.of())).isInstanceOf(StoreException.class)
                .hasMessageContaining("无法连接共享数据库服务器 " + settings.describe()).hasMessageContaining("请确认服务器已启动、地址和端口正确");
    }

    private static void awaitServer(NetworkServerControl server) throws Exception {
        Exception last = null;
        for (int i = 0; i < 100; i++) {
            try {
                server.ping();
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the network server did not start", last);
    }

    /** Reboots the database on its next connection, so that its authentication setting takes effect. */
    private static void shutdown(String host, int port, String database) {
        try {
            new DerbyServerDatabase(host, port, database + ";shutdown=true", "ADMIN", "管理员口令".toCharArray()).connect();
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("08006");
        }
    }
}
