package org.tadreeb.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.junit.jupiter.api.Test;

/** Connector/J keeps parsed statements unless the URL chooses for itself; nothing connects here. */
class VendorDataSourcesTest {

    @Test
    void mysqlAndMariaDbKeepParsedStatements() throws Exception {
        for (String url : new String[] {"jdbc:mysql://db.example:3306/tadreeb", "jdbc:mariadb://db.example/tadreeb?sslMode=REQUIRED"}) {
            MysqlDataSource mysql = assertInstanceOf(MysqlDataSource.class, VendorDataSources.create(url, "u", "p"));
            assertTrue(mysql.getCachePrepStmts(), url);
            assertEquals(VendorDataSources.PARSED_STATEMENTS, mysql.getPrepStmtCacheSize(), url);
            assertEquals(VendorDataSources.PARSED_SQL_LIMIT, mysql.getPrepStmtCacheSqlLimit(), url);
        }
    }

    @Test
    void aUrlThatSetsTheCacheItselfIsLeftAsItIs() throws Exception {
        MysqlDataSource mysql = assertInstanceOf(MysqlDataSource.class,
                VendorDataSources.create("jdbc:mysql://db.example/tadreeb?CachePrepStmts=false", "u", "p"));
        assertFalse(mysql.getCachePrepStmts());
    }
}
