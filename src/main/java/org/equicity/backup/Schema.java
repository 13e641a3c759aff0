package org.equicity.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application's tables as the database describes them: their order by foreign keys (a table after the tables it
 * refers to), their primary keys and the columns that refer to their own table. Flyway's history is not one of them:
 * it belongs to the installation, which must be at the archive's schema version.
 */
record Schema(List<String> tables, Map<String, List<String>> primaryKeys, Map<String, List<String>> selfReferences) {

    static final String HISTORY = "flyway_schema_history";

    /** Every table of {@link #tables()} has an entry, empty when it has no primary key. */
    List<String> primaryKey(String table) {
        return Objects.requireNonNull(primaryKeys.get(table), table);
    }

    /** Every table of {@link #tables()} has an entry, empty when no column refers to the table itself. */
    List<String> selfReferencesOf(String table) {
        return Objects.requireNonNull(selfReferences.get(table), table);
    }

    static Schema of(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        var schema = connection.getSchema();
        var names = new TreeSet<String>();
        try (var rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        names.remove(HISTORY);
        var parents = new LinkedHashMap<String, Set<String>>();
        var selfReferences = new LinkedHashMap<String, List<String>>();
        var primaryKeys = new LinkedHashMap<String, List<String>>();
        for (var table : names) {
            parents.put(table, new TreeSet<>());
            selfReferences.put(table, new ArrayList<>());
            primaryKeys.put(table, primaryKey(meta, connection.getCatalog(), schema, table));
            try (var keys = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
                while (keys.next()) {
                    var parent = keys.getString("PKTABLE_NAME");
                    if (parent.equals(table)) {
                        selfReferences.get(table).add(keys.getString("FKCOLUMN_NAME"));
                    } else if (names.contains(parent)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        return new Schema(ordered(parents), primaryKeys, selfReferences);
    }

    /** The schema version Flyway last migrated to successfully. */
    static String version(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select version from " + HISTORY
                        + " where success = true and version is not null order by installed_rank desc");
                var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new Backups.BackupException("The database has no schema yet: start the application once");
            }
            return rows.getString(1);
        }
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        var columns = new TreeSet<Map.Entry<Short, String>>(Map.Entry.comparingByKey());
        try (var keys = meta.getPrimaryKeys(catalog, schema, table)) {
            while (keys.next()) {
                columns.add(Map.entry(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME")));
            }
        }
        return columns.stream().map(Map.Entry::getValue).toList();
    }

    /** Every table after the tables it refers to. */
    private static List<String> ordered(Map<String, Set<String>> parents) {
        var done = new LinkedHashSet<String>();
        while (done.size() < parents.size()) {
            var before = done.size();
            parents.forEach((table, needs) -> {
                if (!done.contains(table) && done.containsAll(needs)) {
                    done.add(table);
                }
            });
            if (done.size() == before) {
                throw new IllegalStateException("Tables refer to each other in a circle: " + parents);
            }
        }
        return List.copyOf(done);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
