package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaMismatchException;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.model.core.CorePackage;
import org.garrison.model.security.SecurityPackage;
import org.junit.jupiter.api.Test;

/**
 * A database that a newer Garrison wrote (its security model recorded as 1.1 where this program has 1.0)
 * is refused before anything changes, naming both versions and what to do.
 */
class NewerModelTest {

    @Test
    void aDatabaseOfANewerModelIsRefusedAndLeftAsItIs() throws Exception {
        DerbyDatabase database = TestDatabases.fresh("newer");
        try (Connection connection = database.connect()) {
            SchemaMapping mapping = SchemaMapping.of(List.of(CorePackage.eINSTANCE, SecurityPackage.eINSTANCE));
            new SchemaWriter().apply(connection, mapping);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO GARRISON_MODEL (NS_URI) VALUES ('http://garrison.org/model/security/1.1')");
            }
            connection.commit();
            int features = count(connection, "GARRISON_FEATURE");

            assertThatThrownBy(() -> new SchemaWriter().apply(connection, mapping)).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("较新版本的武装工作平台").hasMessageContaining("“security”数据模型 1.1，本程序为 1.0")
                    .hasMessageContaining("未作任何修改").hasMessageContaining("升级");
            assertThat(count(connection, "GARRISON_FEATURE")).isEqualTo(features);
            connection.rollback();
        }
        database.shutdown();
    }

    private static int count(Connection connection, String table) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
