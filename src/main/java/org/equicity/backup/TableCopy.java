package org.equicity.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Copies one table into the archive and back: {@code {"columns": [{"name", "kind"}…], "rows": [[…]…]}}. Columns
 * that refer to the table's own rows are restored in a second pass, so that rows may come in any order.
 */
final class TableCopy {

    private static final int FETCH_SIZE = 500;
    private static final int BATCH_SIZE = 500;

    record Column(String name, ColumnKind kind) {}

    private TableCopy() {}

    static long write(Connection connection, String table, List<String> primaryKey, OutputStream out)
            throws SQLException {
        var order = primaryKey.isEmpty()
                ? ""
                : " order by " + primaryKey.stream().map(Schema::quote).collect(Collectors.joining(", "));
        try (var statement = connection.prepareStatement("select * from " + Schema.quote(table) + order)) {
            statement.setFetchSize(FETCH_SIZE);
            try (var rows = statement.executeQuery();
                    var json = DatabaseArchive.JSON.createGenerator(out)) {
                var meta = rows.getMetaData();
                var kinds = new ColumnKind[meta.getColumnCount()];
                json.writeStartObject();
                json.writeArrayPropertyStart("columns");
                for (int i = 1; i <= kinds.length; i++) {
                    kinds[i - 1] = ColumnKind.of(meta, i);
                    json.writePOJO(new Column(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), kinds[i - 1]));
                }
                json.writeEndArray();
                json.writeArrayPropertyStart("rows");
                long count = 0;
                while (rows.next()) {
                    json.writeStartArray();
                    for (int i = 1; i <= kinds.length; i++) {
                        kinds[i - 1].write(rows, i, json);
                    }
                    json.writeEndArray();
                    count++;
                }
                json.writeEndArray();
                json.writeEndObject();
                return count;
            }
        }
    }

    static long restore(
            Connection connection, String table, List<String> primaryKey, List<String> selfReferences, InputStream in)
            throws SQLException {
        try (var json = DatabaseArchive.JSON.createParser(in)) {
            expect(json, JsonToken.START_OBJECT);
            expectProperty(json, "columns");
            var columns = List.of(DatabaseArchive.JSON.readValue(json, Column[].class));
            expectProperty(json, "rows");
            var later = new ArrayList<JsonNode>();
            long count;
            try (var insert = connection.prepareStatement(insert(table, columns))) {
                count = insertRows(json, columns, selfReferences, insert, later);
            }
            if (!selfReferences.isEmpty() && !later.isEmpty()) {
                linkRows(connection, table, columns, primaryKey, selfReferences, later);
            }
            return count;
        }
    }

    private static long insertRows(
            JsonParser json,
            List<Column> columns,
            List<String> selfReferences,
            PreparedStatement insert,
            List<JsonNode> later)
            throws SQLException {
        long count = 0;
        while (json.nextToken() == JsonToken.START_ARRAY) {
            JsonNode row = DatabaseArchive.JSON.readTree(json);
            boolean refersToOwnTable = false;
            for (int i = 0; i < columns.size(); i++) {
                var column = columns.get(i);
                var value = row.get(i);
                if (selfReferences.contains(column.name()) && value != null && !value.isNull()) {
                    // Set once every row of the table is there.
                    value = null;
                    refersToOwnTable = true;
                }
                column.kind().bind(insert, i + 1, value);
            }
            if (refersToOwnTable) {
                later.add(row);
            }
            insert.addBatch();
            if (++count % BATCH_SIZE == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        return count;
    }

    private static void linkRows(
            Connection connection,
            String table,
            List<Column> columns,
            List<String> primaryKey,
            List<String> selfReferences,
            List<JsonNode> rows)
            throws SQLException {
        var names = columns.stream().map(Column::name).toList();
        var set =
                selfReferences.stream().map(name -> Schema.quote(name) + " = ?").collect(Collectors.joining(", "));
        var where = primaryKey.stream().map(name -> Schema.quote(name) + " = ?").collect(Collectors.joining(" and "));
        try (var update =
                connection.prepareStatement("update " + Schema.quote(table) + " set " + set + " where " + where)) {
            for (var row : rows) {
                int parameter = 1;
                for (var name : selfReferences) {
                    var column = columns.get(names.indexOf(name));
                    column.kind().bind(update, parameter++, row.get(names.indexOf(name)));
                }
                for (var name : primaryKey) {
                    var column = columns.get(names.indexOf(name));
                    column.kind().bind(update, parameter++, row.get(names.indexOf(name)));
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String insert(String table, List<Column> columns) {
        return "insert into " + Schema.quote(table) + " ("
                + columns.stream().map(column -> Schema.quote(column.name())).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static void expect(JsonParser json, JsonToken token) {
        if (json.nextToken() != token) {
            throw new Backups.BackupException("The backup's table data is damaged near " + json.currentLocation());
        }
    }

    private static void expectProperty(JsonParser json, String name) {
        expect(json, JsonToken.PROPERTY_NAME);
        if (!name.equals(json.currentName())) {
            throw new Backups.BackupException("The backup's table data is damaged near " + json.currentLocation());
        }
        json.nextToken();
    }
}
