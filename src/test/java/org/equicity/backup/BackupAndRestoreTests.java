package org.equicity.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.equicity.EquicityApplication;
import org.equicity.EventsSettled;
import org.equicity.city.TestCities;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.review.ReviewFixtures;
import org.equicity.search.Search;
import org.equicity.search.Search.SearchQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nothing is lost: the demo content with a plan, an accepted report and a good practice is backed up, restored into a
 * fresh installation (a second application with a database of its own, as a new server would have) and found there
 * as it was, row for row, and by search once the index is rebuilt.
 */
@SpringBootTest(properties = BackupAndRestoreTests.QUIET)
// With MockMvc, though unused here: the same cached application context as DemoContentTests, one start fewer.
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Tag("database")
class BackupAndRestoreTests {

    /** No background job changes rows between the backup and the comparison. */
    static final String QUIET = "equicity.translation.worker.enabled=false";

    @Autowired
    ApplicationContext context;

    @Autowired
    Backups backups;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path directory;

    @Test
    void theDemoContentWithAPlanAReportAndAPracticeIsRestoredIntoAFreshInstallationAsItWas() throws Exception {
        var fixtures = ReviewFixtures.create(context);
        fixtures.report().acceptedReport(context, "Cycle 2023-2024");
        fixtures.directSubmission(context, "Office for reports of discrimination");
        var archive = directory.resolve("equicity.zip");
        // The listeners of the fixtures' events run in the background; a publication still in flight when the archive
        // is written would be finished by the fresh installation, and its table would then differ from the snapshot.
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));

        var before = rows(dataSource);
        var written = backups.backup(archive);
        assertThat(written.rows())
                .containsEntry("plan", (long) before.get("plan").size());

        try (var fresh = freshInstallation()) {
            var restored = fresh.getBean(Backups.class).restore(archive);

            assertThat(restored).isEqualTo(written);
            var after = rows(fresh.getBean(DataSource.class));
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((table, contents) ->
                    assertThat(after.get(table)).as("rows of %s", table).isEqualTo(contents));

            var coordinator = fixtures.report().coordinator();
            TestCities.as(
                    TestPeople.holding(fresh, RoleGrant.platformAdmin()),
                    () -> fresh.getBean(Search.class).rebuild());
            for (var query : List.of("office", "monitoring", "discrimination", "Beispielstadt")) {
                assertThat(found(fresh, coordinator, query))
                        .as("search for %s", query)
                        .isEqualTo(found(context, coordinator, query));
            }
            assertThat(found(fresh, coordinator, "office")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anArchiveOfAnotherSchemaVersionOrNoArchiveAtAllIsRefusedAndNothingChanges() throws Exception {
        var archive = directory.resolve("equicity.zip");
        backups.backup(archive);
        var before = rows(dataSource);
        var other = directory.resolve("other.zip");
        Files.writeString(other, "not a zip");

        assertThatThrownBy(() -> backups.restore(other)).isInstanceOf(Backups.BackupException.class);
        assertThatThrownBy(() -> backups.restore(directory.resolve("missing.zip")))
                .isInstanceOf(Backups.BackupException.class);
        try (var fs = java.nio.file.FileSystems.newFileSystem(archive)) {
            var manifest = fs.getPath(DatabaseArchive.MANIFEST);
            Files.writeString(
                    manifest,
                    Files.readString(manifest).replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"1\""));
        }
        assertThatThrownBy(() -> backups.restore(archive))
                .isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("schema version 1");
        assertThat(rows(dataSource)).isEqualTo(before);
    }

    /** A second application as a new server starts it: its own empty database, migrated, with the first start done. */
    static ConfigurableApplicationContext freshInstallation() {
        return new SpringApplicationBuilder(EquicityApplication.class)
                .properties(QUIET, "server.port=0", "server.address=127.0.0.1")
                .run();
    }

    static List<String> found(ApplicationContext context, UserDetails reader, String text) {
        var search = context.getBean(Search.class);
        return TestCities.as(reader, () -> search.search(new SearchQuery(text, "en", Map.of(), 0, 100))).hits().stream()
                .map(hit -> hit.kind() + " " + hit.id() + " " + hit.title() + " " + hit.snippet())
                .sorted()
                .toList();
    }

    /** Every row of every table but Flyway's, as text, in a stable order. */
    static Map<String, List<String>> rows(DataSource dataSource) throws SQLException {
        var tables = new TreeMap<String, List<String>>();
        try (var connection = dataSource.getConnection()) {
            for (var table : Schema.of(connection).tables()) {
                var contents = new ArrayList<String>();
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("select * from " + Schema.quote(table))) {
                    var columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        var row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rows.getString(i)).append('|');
                        }
                        contents.add(row.toString());
                    }
                }
                contents.sort(null);
                tables.put(table, contents);
            }
        }
        return tables;
    }
}
