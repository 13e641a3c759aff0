package org.equicity.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at real PostgreSQL when the suite runs with {@code -Dequicity.test.database=postgresql}
 * (the second Surefire execution, which runs the tests tagged {@code database}). One server is started per test
 * JVM from the PostgreSQL binaries that Zonky publishes on Maven Central; every Spring context gets a database
 * of its own, as it gets an in-memory H2 database in the default run, so contexts never see each other's rows —
 * unless they name the same database in {@value #SHARED}, as application nodes sharing one database do.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

    static final String SWITCH = "equicity.test.database";
    public static final String SHARED = "equicity.test.shared-database";

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgresql".equals(System.getProperty(SWITCH))) {
            return;
        }
        var shared = environment.getProperty(SHARED);
        var name = shared != null ? shared : "equicity_test_" + DATABASES.incrementAndGet();
        var postgres = server();
        if (CREATED.add(name)) {
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException ex) {
                throw new IllegalStateException("Could not create test database " + name, ex);
            }
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "postgresql-test-database",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", name),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Not Zonky's own shutdown hook: JVM hooks run concurrently, so the server stopped while the cached
                // test contexts were still closing, and closing ones that need the database (Spring Modulith checks
                // for incomplete event publications) waited 30 s for a connection until Surefire killed the fork.
                // Spring Boot runs its shutdown handlers only after it has closed every context.
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException ex) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
            }
            SpringApplication.getShutdownHandlers().add(PostgresTestDatabase::stopServer);
        }
        return server;
    }

    private static synchronized void stopServer() {
        try {
            server.close();
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", ex);
        }
    }
}
