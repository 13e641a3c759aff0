package org.equicity.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive is a zip file: a manifest (format, schema version, rows per table) and one JSON document per table
 * with its columns, each named with a {@link ColumnKind}, and its rows as arrays. It is read and written a row at a
 * time, so that its size is limited by the disk, not by memory.
 */
@Service
class DatabaseArchive implements Backups {

    static final String MANIFEST = "equicity-backup.json";
    static final int FORMAT = 1;

    record Manifest(int format, String schemaVersion, Instant createdAt, Map<String, Long> rows) {}

    /** Tables are read a value at a time from one stream, so a value is followed by more of the document. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final DataSource dataSource;
    private final Clock clock;

    DatabaseArchive(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Summary backup(Path file) {
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        try (var connection = dataSource.getConnection()) {
            // One snapshot for all tables, so that the archive is consistent while the application keeps working.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                var manifest = write(connection, partial);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                return new Summary(manifest.schemaVersion(), manifest.rows());
            } finally {
                connection.rollback();
            }
        } catch (SQLException ex) {
            throw new BackupException("The database could not be read: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new BackupException("The archive could not be written to " + file + ": " + ex.getMessage(), ex);
        } finally {
            deleteQuietly(partial);
        }
    }

    private Manifest write(Connection connection, Path file) throws SQLException, IOException {
        var version = Schema.version(connection);
        var schema = Schema.of(connection);
        var rows = new LinkedHashMap<String, Long>();
        try (OutputStream out = Files.newOutputStream(file);
                var zip = new ZipOutputStream(out)) {
            for (var table : schema.tables()) {
                zip.putNextEntry(new ZipEntry(entry(table)));
                rows.put(table, TableCopy.write(connection, table, schema.primaryKey(table), zip));
                zip.closeEntry();
            }
            var manifest = new Manifest(FORMAT, version, clock.instant(), rows);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            JSON.writeValue(zip, manifest);
            zip.closeEntry();
            return manifest;
        }
    }

    @Override
    public Summary restore(Path file) {
        try (var zip = new ZipFile(file.toFile());
                var connection = dataSource.getConnection()) {
            var manifest = manifest(zip);
            connection.setAutoCommit(false);
            try {
                restore(zip, manifest, connection);
                connection.commit();
                return new Summary(manifest.schemaVersion(), manifest.rows());
            } catch (SQLException | RuntimeException ex) {
                connection.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new BackupException("The archive could not be restored: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new BackupException("The file " + file + " could not be read as a backup: " + ex.getMessage(), ex);
        }
    }

    private static void restore(ZipFile zip, Manifest manifest, Connection connection)
            throws SQLException, IOException {
        var version = Schema.version(connection);
        if (!version.equals(manifest.schemaVersion())) {
            throw new BackupException("The backup has schema version " + manifest.schemaVersion()
                    + " and this installation " + version + ": restore it with the version of Equicity that made it");
        }
        var schema = Schema.of(connection);
        var unknown = new ArrayList<>(manifest.rows().keySet());
        unknown.removeAll(schema.tables());
        if (!unknown.isEmpty()) {
            throw new BackupException("The database has no tables " + unknown + " of the backup");
        }
        // Everything is replaced: children are emptied before the tables they refer to.
        var emptying = new ArrayList<>(schema.tables());
        Collections.reverse(emptying);
        for (var table : emptying) {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("delete from " + Schema.quote(table));
            }
        }
        for (var table : schema.tables()) {
            if (!manifest.rows().containsKey(table)) {
                continue;
            }
            try (InputStream in = zip.getInputStream(required(zip, entry(table)))) {
                var restored = TableCopy.restore(
                        connection, table, schema.primaryKey(table), schema.selfReferencesOf(table), in);
                if (restored != manifest.rows().get(table)) {
                    throw new BackupException("The backup holds " + restored + " rows of " + table
                            + " where its manifest says " + manifest.rows().get(table));
                }
            }
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        try (var in = zip.getInputStream(required(zip, MANIFEST))) {
            var manifest = JSON.readValue(in, Manifest.class);
            if (manifest.format() != FORMAT) {
                throw new BackupException("The backup has format " + manifest.format() + ", not " + FORMAT);
            }
            return manifest;
        } catch (JacksonException ex) {
            throw new BackupException("The backup's manifest cannot be read: " + ex.getOriginalMessage(), ex);
        }
    }

    private static ZipEntry required(ZipFile zip, String name) {
        var entry = zip.getEntry(name);
        if (entry == null) {
            throw new BackupException("The file is not an Equicity backup: it has no " + name);
        }
        return entry;
    }

    private static String entry(String table) {
        return "tables/" + table + ".json";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
