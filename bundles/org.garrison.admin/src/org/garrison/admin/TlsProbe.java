package org.garrison.admin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Whether something completes a TLS handshake on an address; no data and no secret is sent. */
final class TlsProbe {

    private TlsProbe() {
    }

    static boolean answers(InetAddress host, int port) {
        try {
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(null, new TrustManager[] { new AnyCertificate() }, null);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(host, port), 2_000);
                socket.setSoTimeout(2_000);
                socket.startHandshake();
                return true;
            }
        } catch (Exception e) {
            return false;
        }
    }

    /** Only asks whether a server is there: what it is, the clients' trust store checks. */
    private static final class AnyCertificate implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // a probe is a client
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // any server: the probe sends nothing
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
