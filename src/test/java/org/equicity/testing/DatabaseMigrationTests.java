package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
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
}
