package org.garrison.internal.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.garrison.admin.AdminException;

/**
 * The server's TLS key and the trust store clients need, made with the JDK's own keytool (the JDK
 * has no API that writes a certificate): a key pair with a self-signed certificate for the server's
 * name, valid ten years, and a trust store holding that certificate alone.
 */
public final class ServerKeys {

    private ServerKeys() {
    }

    public static void generate(Path keyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword, String serverName)
            throws AdminException {
        String name = serverName == null || serverName.isBlank() ? "localhost" : serverName.strip(); //$NON-NLS-1$
        try {
            Files.createDirectories(keyStore.getParent());
            Path certificate = keyStore.resolveSibling("server.crt"); //$NON-NLS-1$
            keytool("-genkeypair", "-alias", "garrison", "-keyalg", "RSA", "-keysize", "3072", "-validity", "3650", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                    "-dname", "CN=" + name + ", O=Garrison", "-ext", subjectAlternativeNames(name), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", new String(keyStorePassword)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            keytool("-exportcert", "-rfc", "-alias", "garrison", "-keystore", keyStore.toString(), "-storepass", new String(keyStorePassword), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    "-file", certificate.toString()); //$NON-NLS-1$
            keytool("-importcert", "-noprompt", "-alias", "garrison-server", "-file", certificate.toString(), "-storetype", "PKCS12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    "-keystore", trustStore.toString(), "-storepass", new String(trustStorePassword)); //$NON-NLS-1$ //$NON-NLS-2$
            DepartmentFilesAccess.ownerOnly(keyStore);
        } catch (IOException e) {
            throw new AdminException(AdminMessages.format("keys.failed", keyStore, e.getMessage()), e); //$NON-NLS-1$
        }
    }

    /** The name as given, and loopback so that the server machine itself connects too. */
    private static String subjectAlternativeNames(String name) {
        List<String> names = new ArrayList<>();
        names.add((name.matches("[0-9.]+") || name.contains(":") ? "ip:" : "dns:") + name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (!name.equals("localhost")) { //$NON-NLS-1$
            names.add("dns:localhost"); //$NON-NLS-1$
        }
        if (!name.equals("127.0.0.1")) { //$NON-NLS-1$
            names.add("ip:127.0.0.1"); //$NON-NLS-1$
        }
        return "SAN=" + String.join(",", names); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", isWindows() ? "keytool.exe" : "keytool").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.Charset.defaultCharset());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("keytool " + arguments[0] + ": " + output.strip()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
