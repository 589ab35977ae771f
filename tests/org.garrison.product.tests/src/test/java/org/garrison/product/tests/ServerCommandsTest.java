package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The department's server from the product's start script, as the README's administrator section
 * runs it: create the database, start the server on a free loopback port, see its status, write the
 * sample district through it as the administrator with the distributed trust store, be refused
 * without that trust store, refuse a second start, stop it.
 */
class ServerCommandsTest {

    @Test
    void anAdministratorCreatesStartsUsesAndStopsTheDepartmentServer() throws Exception {
        Path home = Files.createTempDirectory("garrison-server-home");
        Path data = home.resolve("department");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String portText = Integer.toString(port);
        // the administrator's password is typed into the login dialog too: ASCII, as xdotool types it
        Map<String, String> secrets = Map.of("GARRISON_ADMIN_PASSWORD", "admin-2026-pw", "GARRISON_BOOT_PASSWORD", "boot-口令-2026",
                "GARRISON_DB_PASSWORD", "admin-2026-pw");

        HeadlessCommand missing = HeadlessCommand.run(home, secrets, "server", "start", "--data", data.toString(), "--port", portText);
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(1);
        assertThat(missing.output()).contains(data.toString()).contains("garrison admin create");

        HeadlessCommand created = HeadlessCommand.run(home, secrets, "admin", "create", "--data", data.toString(), "--admin", "admin");
        assertThat(created.exitCode()).as(created.output()).isZero();
        assertThat(created.output()).contains("部门数据库已建立").contains("garrison-truststore.p12");
        Path trustStore = data.resolve("tls").resolve("garrison-truststore.p12");
        assertThat(trustStore).isRegularFile();

        HeadlessCommand started = HeadlessCommand.run(home, secrets, "server", "start", "--data", data.toString(), "--port", portText);
        try {
            assertThat(started.exitCode()).as(started.output()).isZero();
            assertThat(started.output()).contains("服务器已启动").contains("127.0.0.1:" + port);

            HeadlessCommand status = HeadlessCommand.run(home, "server", "status", "--data", data.toString(), "--port", portText);
            assertThat(status.exitCode()).as(status.output()).isZero();
            assertThat(status.output()).contains("服务器正在运行");

            HeadlessCommand again = HeadlessCommand.run(home, secrets, "server", "start", "--data", data.toString(), "--port", portText);
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.output()).contains("已有服务器在运行");

            String server = "localhost:" + port + "/garrison";
            Map<String, String> distributed = new java.util.HashMap<>(secrets);
            distributed.put("GARRISON_TRUSTSTORE", trustStore.toString());
            HeadlessCommand untrusted = HeadlessCommand.run(home.resolve("staff-pc"), secrets, "sample", "-server", server, "--user", "admin");
            assertThat(untrusted.exitCode()).isEqualTo(1);
            assertThat(untrusted.output()).contains("证书不受信任").contains("garrison-truststore.p12");

            HeadlessCommand sample = HeadlessCommand.run(home.resolve("staff-pc"), distributed, "sample", "-server", server, "--user", "admin");
            assertThat(sample.exitCode()).as(sample.output()).isZero();

            // a staff PC of an installation the administrator preset (garrison.ini beside the script: the server and the trust
            // store), started with no argument and no password: the workbench asks for the login first
            Path presets = ProductArchive.unpacked().resolve("garrison.ini");
            Files.writeString(presets, String.join("\n", "org.garrison.store/mode=server", "org.garrison.store/server.host=localhost",
                    "org.garrison.store/server.port=" + port, "org.garrison.store/server.database=garrison", "org.garrison.store/server.user=admin",
                    "garrison/truststore=" + trustStore, ""));
            try (RunningProduct product = RunningProduct.start(ProductArchive.unpacked(), home.resolve("desk"), false)) {
                String login = product.awaitWindowTitled("登录共享数据库", java.time.Duration.ofSeconds(90))
                        .orElseThrow(() -> new AssertionError("no login dialog: " + product.windowTitles() + product.output()));
                product.type(login, "wrong-password");
                product.press(login, "Return");
                Thread.sleep(3000);
                assertThat(product.windowTitles()).as("a refused login keeps the dialog open").contains("登录共享数据库");
                String retry = product.awaitWindowTitled("登录共享数据库", java.time.Duration.ofSeconds(10)).orElseThrow();
                product.press(retry, "ctrl+a");
                product.press(retry, "BackSpace");
                product.type(retry, "admin-2026-pw");
                product.press(retry, "Return");
                String window = product.awaitWindowTitled("武装工作平台", java.time.Duration.ofSeconds(90))
                        .orElseThrow(() -> new AssertionError("no workbench after the login: " + product.windowTitles() + product.output()));
                product.exitThroughFileMenu(window);
                assertThat(product.awaitExit(java.time.Duration.ofSeconds(60))).isTrue();
            } finally {
                Files.delete(presets);
            }

            HeadlessCommand users = HeadlessCommand.run(home, distributed, "admin", "users", "-server", server, "--user", "admin");
            assertThat(users.exitCode()).as(users.output()).isZero();
            assertThat(users.output()).contains("ADMIN").contains("管理员");
            HeadlessCommand verify = HeadlessCommand.run(home, distributed, "admin", "verify", "-server", server, "--user", "admin");
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.output()).contains("没有发现问题");
        } finally {
            HeadlessCommand stopped = HeadlessCommand.run(home, "server", "stop", "--data", data.toString(), "--port", portText);
            assertThat(stopped.exitCode()).as(stopped.output()).isZero();
            assertThat(stopped.output()).contains("服务器已停止");
        }
        HeadlessCommand after = HeadlessCommand.run(home, "server", "status", "--data", data.toString(), "--port", portText);
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.output()).contains("没有服务器在运行");
    }
}
