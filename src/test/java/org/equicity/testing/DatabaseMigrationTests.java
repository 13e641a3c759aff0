package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class DatabaseMigrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Test
    void everyMigrationRunsOnTheDatabaseOfThisRun() throws Exception {
        var expected = "postgresql".equals(System.getProperty(PostgresTestDatabase.SWITCH)) ? "PostgreSQL" : "H2";
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(
                        migration -> assertThat(migration.getState().isFailed()).isFalse());
    }

    /**
     * Spring Modulith's schema initialisation is off: the registry of event publications, which keeps a listener's
     * pending work across a restart, exists only because a migration creates it, with the columns of Spring
     * Modulith's own (v2) schema.
     */
    @Test
    void theMigrationsCreateTheEventPublicationRegistry() throws Exception {
        var columns = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
                var rows = connection.getMetaData().getColumns(null, null, "event_publication", null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "listener_id",
                        "event_type",
                        "serialized_event",
                        "publication_date",
                        "completion_date",
                        "status",
                        "completion_attempts",
                        "last_resubmission_date");
    }
}
