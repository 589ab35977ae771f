package org.garrison.internal.store.derby;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.client.BasicClientDataSource;
import org.garrison.internal.store.derby.schema.DatabaseGrants;

/**
 * A database on a shared Derby Network Server that the product's administrators run. The server
 * authenticates every user; the password is never kept beyond this object. Every connection works in
 * the department's schema with the user's roles enabled.
 */
public final class DerbyServerDatabase implements ConnectionSource {

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private volatile char[] password;
    private final boolean tls;

    public DerbyServerDatabase(String host, int port, String database, String user, char[] password) {
        this(host, port, database, user, password, false);
    }

    /** @param tls encrypted, with the server's certificate checked against the JVM's trust store */
    public DerbyServerDatabase(String host, int port, String database, String user, char[] password, boolean tls) {
        this.tls = tls;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    @Override
    public Connection connect() throws SQLException {
        BasicClientDataSource source = new BasicClientDataSource();
        source.setServerName(host);
        source.setPortNumber(port);
        source.setDatabaseName(database);
        source.setUser(user);
        if (password != null) {
            source.setPassword(new String(password));
        }
        if (tls) {
            try {
                source.setSsl("peerAuthentication"); //$NON-NLS-1$
            } catch (org.apache.derby.client.am.SqlException e) {
                throw e.getSQLException();
            }
        }
        Connection connection = source.getConnection();
        try {
            DatabaseGrants.enter(connection);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Connections from now on log in with the new password (after the user changed it). */
    public void passwordChanged(char[] newPassword) {
        password = newPassword.clone();
    }

    @Override
    public String toString() {
        return "//" + host + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
