package org.equicity.indicator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Csv;

/**
 * Indicator figures as a tidy table, one row per period and cell: {@code period, dimension, category, value,
 * status}, the total in the dimension and category {@code total}. Reading takes CSV (comma or semicolon, with or
 * without a byte order mark) or XLSX (the first sheet) and gives every row's cells as text, numbered as the
 * spreadsheet numbers its rows, up to the first blank row; {@link IndicatorFigures} judges them. The pages write the
 * same layout, with the legend of the markers below a blank row.
 */
final class TidySheets {

    static final List<String> COLUMNS = List.of("period", "dimension", "category", "value", "status");
    static final int MAX_BYTES = 2 * 1024 * 1024;

    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    private TidySheets() {}

    static List<Row> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("indicator.import.no-file");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("indicator.import.too-large", MAX_BYTES / 1024 / 1024);
        }
        var rows = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? xlsx(content)
                : csv(new String(content, StandardCharsets.UTF_8));
        if (rows.isEmpty()
                || !rows.get(0).cells().stream()
                        .map(cell -> cell.strip().toLowerCase(Locale.ROOT))
                        .toList()
                        .equals(COLUMNS)) {
            throw new RuleViolationException("indicator.import.header", String.join(", ", COLUMNS));
        }
        return rows.subList(1, firstBlank(rows));
    }

    /** The figures end at the first blank row: what follows (the legend of an export) is no data. */
    private static int firstBlank(List<Row> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).cells().stream().allMatch(String::isBlank)) {
                return i;
            }
        }
        return rows.size();
    }

    private static List<Row> csv(String text) {
        var body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        var rows = new ArrayList<Row>();
        try (var parser =
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(body))) {
            for (var record : parser) {
                var cells = new ArrayList<String>();
                record.forEach(cell -> cells.add(Csv.read(cell)));
                rows.add(new Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException broken) {
            throw new RuleViolationException("indicator.import.unreadable");
        }
        return rows;
    }

    private static List<Row> xlsx(byte[] content) {
        var rows = new ArrayList<Row>();
        var format = new DataFormatter(Locale.ROOT);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(new Row(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException broken) {
            throw new RuleViolationException("indicator.import.unreadable");
        }
        return rows;
    }
}
