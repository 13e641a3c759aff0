package org.equicity.plan.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Csv;

/**
 * Reads an uploaded action spreadsheet into rows of cell texts by column: XLSX (the first sheet) or CSV in UTF-8,
 * with or without byte order mark, separated by semicolons or commas (whichever the header line uses), each CSV cell
 * without the quote the export put before a text a spreadsheet would take for a formula ({@link Csv#read}). Anything
 * else is refused with a message the coordinator can act on.
 */
final class ActionSheetReader {

    /** One row of the file, numbered as the spreadsheet program shows it (the header is row 1). */
    record RawRow(int number, Map<ActionColumn, String> cells) {

        String get(ActionColumn column) {
            var value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

    private ActionSheetReader() {}

    static List<RawRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("plan.exchange.error.empty");
        }
        if (content.length > PlanExchange.MAX_FILE_BYTES) {
            throw new RuleViolationException(
                    "plan.exchange.error.too-large", PlanExchange.MAX_FILE_BYTES / 1024 / 1024);
        }
        List<List<String>> table;
        if (startsWith(content, ZIP)) {
            table = xlsx(content);
        } else if (startsWith(content, OLE2)) {
            throw new RuleViolationException("plan.exchange.error.old-excel");
        } else {
            table = csv(content);
        }
        if (table.isEmpty()) {
            throw new RuleViolationException("plan.exchange.error.empty");
        }
        var columns = header(table.get(0));
        var rows = new ArrayList<RawRow>();
        for (int i = 1; i < table.size(); i++) {
            var cells = new EnumMap<ActionColumn, String>(ActionColumn.class);
            var values = table.get(i);
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                if (columns.get(c) != null
                        && values.get(c) != null
                        && !values.get(c).isBlank()) {
                    cells.put(columns.get(c), values.get(c));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new RawRow(i + 1, cells));
            }
        }
        if (rows.size() > PlanExchange.MAX_ROWS) {
            throw new RuleViolationException("plan.exchange.error.too-many-rows", PlanExchange.MAX_ROWS);
        }
        return rows;
    }

    private static List<ActionColumn> header(List<String> names) {
        var columns = new ArrayList<ActionColumn>();
        var unknown = new LinkedHashSet<String>();
        for (var name : names) {
            if (name == null || name.isBlank()) {
                columns.add(null);
                continue;
            }
            var column = ActionColumn.byHeader(name.replace("\uFEFF", ""));
            column.ifPresentOrElse(columns::add, () -> {
                unknown.add(name.strip());
                columns.add(null);
            });
        }
        var missing = new ArrayList<String>();
        for (var column : ActionColumn.values()) {
            if (column.isRequired() && !columns.contains(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("plan.exchange.error.missing-columns", String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("plan.exchange.error.unknown-columns", String.join(", ", unknown));
        }
        return columns;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(java.util.Locale.ROOT);
            var table = new ArrayList<List<String>>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (r > PlanExchange.MAX_ROWS + 1) {
                    throw new RuleViolationException("plan.exchange.error.too-many-rows", PlanExchange.MAX_ROWS);
                }
                Row row = sheet.getRow(r);
                var values = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        values.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(values);
            }
            return table;
        } catch (RuleViolationException violation) {
            throw violation;
        } catch (IOException | RuntimeException unreadable) {
            // POI reports broken, encrypted or foreign zip files in many ways; to the coordinator they are all one.
            throw new RuleViolationException("plan.exchange.error.not-spreadsheet");
        }
    }

    /** Dates as ISO dates and numbers without a locale's grouping, so that parsing does not depend on formats. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }

    private static List<List<String>> csv(byte[] content) {
        // text files have no NUL bytes; images, PDFs and other binaries nearly always do in their first bytes
        for (int i = 0; i < Math.min(content.length, 8_192); i++) {
            if (content[i] == 0) {
                throw new RuleViolationException("plan.exchange.error.not-spreadsheet");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new RuleViolationException("plan.exchange.error.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var table = new ArrayList<List<String>>();
            for (var record : parser) {
                if (table.size() > PlanExchange.MAX_ROWS + 1) {
                    throw new RuleViolationException("plan.exchange.error.too-many-rows", PlanExchange.MAX_ROWS);
                }
                table.add(record.stream().map(Csv::read).toList());
            }
            return table;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw new RuleViolationException("plan.exchange.error.csv");
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
