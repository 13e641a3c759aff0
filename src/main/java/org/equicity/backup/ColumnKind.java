package org.equicity.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written into the archive and read back, named by what they are rather than by one
 * database's type names, so that an archive made on H2 restores into PostgreSQL and the other way round.
 */
enum ColumnKind {
    TEXT,
    UUID,
    TIMESTAMP_TZ,
    TIMESTAMP,
    DATE,
    BOOLEAN,
    INTEGER,
    BIGINT,
    DECIMAL,
    DOUBLE,
    BINARY;

    static ColumnKind of(ResultSetMetaData meta, int column) throws SQLException {
        var name = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
        if (name.contains("uuid")) {
            return UUID;
        }
        return switch (meta.getColumnType(column)) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            // PostgreSQL's driver reports "timestamptz" as TIMESTAMP.
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? TIMESTAMP_TZ : TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.BIGINT -> BIGINT;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> TEXT;
        };
    }

    void write(ResultSet row, int column, JsonGenerator out) throws SQLException {
        switch (this) {
            case UUID -> text(out, row.getObject(column, java.util.UUID.class));
            case TIMESTAMP_TZ -> text(out, row.getObject(column, OffsetDateTime.class));
            case TIMESTAMP -> text(out, row.getObject(column, LocalDateTime.class));
            case DATE -> text(out, row.getObject(column, LocalDate.class));
            case BOOLEAN -> {
                var value = row.getBoolean(column);
                if (row.wasNull()) out.writeNull();
                else out.writeBoolean(value);
            }
            case INTEGER, BIGINT -> {
                var value = row.getLong(column);
                if (row.wasNull()) out.writeNull();
                else out.writeNumber(value);
            }
            case DECIMAL -> {
                var value = row.getBigDecimal(column);
                if (value == null) out.writeNull();
                else out.writeString(value.toPlainString());
            }
            case DOUBLE -> {
                var value = row.getDouble(column);
                if (row.wasNull()) out.writeNull();
                else out.writeNumber(value);
            }
            case BINARY -> {
                var value = row.getBytes(column);
                if (value == null) out.writeNull();
                else out.writeString(Base64.getEncoder().encodeToString(value));
            }
            case TEXT -> text(out, row.getString(column));
        }
    }

    private static void text(JsonGenerator out, Object value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.toString());
        }
    }

    void bind(PreparedStatement statement, int parameter, @Nullable JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(parameter, sqlType());
            return;
        }
        switch (this) {
            case UUID -> statement.setObject(parameter, java.util.UUID.fromString(value.asString()));
            case TIMESTAMP_TZ -> statement.setObject(parameter, OffsetDateTime.parse(value.asString()));
            case TIMESTAMP -> statement.setObject(parameter, LocalDateTime.parse(value.asString()));
            case DATE -> statement.setObject(parameter, LocalDate.parse(value.asString()));
            case BOOLEAN -> statement.setBoolean(parameter, value.asBoolean());
            case INTEGER -> statement.setInt(parameter, value.asInt());
            case BIGINT -> statement.setLong(parameter, value.asLong());
            case DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(value.asString()));
            case DOUBLE -> statement.setDouble(parameter, value.asDouble());
            case BINARY -> statement.setBytes(parameter, Base64.getDecoder().decode(value.asString()));
            case TEXT -> statement.setString(parameter, value.asString());
        }
    }

    private int sqlType() {
        return switch (this) {
            case UUID -> Types.OTHER;
            case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case DATE -> Types.DATE;
            case BOOLEAN -> Types.BOOLEAN;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case DOUBLE -> Types.DOUBLE;
            case BINARY -> Types.VARBINARY;
            case TEXT -> Types.VARCHAR;
        };
    }
}
