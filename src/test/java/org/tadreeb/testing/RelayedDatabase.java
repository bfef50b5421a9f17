package org.tadreeb.testing;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.tools.Server;

/**
 * A fresh database that the application reaches through a relay a test can cut and restore: MariaDB's port with
 * -Pmariadb, else an H2 server started here (an embedded H2 could not be taken away from the application).
 */
public final class RelayedDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final TcpProxy relay;
    private final Server h2Server;

    private RelayedDatabase(TestDatabase database, TcpProxy relay, Server h2Server) {
        this.database = database;
        this.relay = relay;
        this.h2Server = h2Server;
    }

    public static RelayedDatabase fresh() throws IOException, SQLException {
        if (TestDatabase.usesMariaDb()) {
            TestDatabase fresh = TestDatabase.fresh();
            URL direct = new URL(fresh.url().replaceFirst("^jdbc:mysql:", "http:"));
            TcpProxy relay = new TcpProxy(direct.getHost(), direct.getPort());
            return new RelayedDatabase(new TestDatabase("jdbc:mysql://127.0.0.1:" + relay.port() + direct.getPath(),
                    fresh.user(), fresh.password()), relay, null);
        }
        Path dir = Path.of("target", "it-databases", UUID.randomUUID().toString()).toAbsolutePath();
        Server h2Server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        TcpProxy relay = new TcpProxy("127.0.0.1", h2Server.getPort());
        return new RelayedDatabase(new TestDatabase("jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/tadreeb"
                + TestDatabase.h2Options(), "tadreeb", "tadreeb"), relay, h2Server);
    }

    /** What the application is given: the relay's address. */
    public TestDatabase database() {
        return database;
    }

    /** The database is away: open connections drop and new ones are refused. */
    public void cut() {
        relay.cut();
    }

    public void restore() throws IOException {
        relay.restore();
    }

    @Override
    public void close() {
        relay.close();
        if (h2Server != null) {
            h2Server.stop();
        }
    }
}
