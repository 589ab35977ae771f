package org.garrison.internal.store.derby;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.client.BasicClientDataSource;

/**
 * A database on a shared Derby Network Server that the product's administrators run. The server
 * authenticates every user; the password is never kept beyond this object.
 */
public final class DerbyServerDatabase implements ConnectionSource {

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final char[] password;

    public DerbyServerDatabase(String host, int port, String database, String user, char[] password) {
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
        Connection connection = source.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public String toString() {
        return "//" + host + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
