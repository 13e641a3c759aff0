package org.equicity.plan.exchange.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.plan.exchange.ActionColumn;
import org.equicity.shared.web.Csv;
import org.springframework.context.MessageSource;

/**
 * Writes action spreadsheets: the header row with the stable column names, then the rows. CSV is written by
 * {@link Csv}, separated as the reader's spreadsheet program expects; XLSX cells hold texts as texts, never formulas.
 */
final class Spreadsheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private Spreadsheets() {}

    static byte[] csv(List<Map<ActionColumn, Object>> rows, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var printer = Csv.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), Csv.delimiter(locale))) {
            printer.row(List.of(ActionColumn.values()).stream()
                    .map(ActionColumn::header)
                    .toList());
            for (var row : rows) {
                printer.row(List.of(ActionColumn.values()).stream()
                        .map(column -> ActionTable.text(row.get(column)))
                        .toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** With {@code guide}, a second sheet explains every column and lists the values it takes. */
    static byte[] xlsx(
            List<Map<ActionColumn, Object>> rows, List<ColumnGuide> guide, Locale locale, MessageSource messages) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            var sheet = workbook.createSheet("actions");
            var header = sheet.createRow(0);
            var columns = ActionColumn.values();
            for (int c = 0; c < columns.length; c++) {
                var cell = header.createCell(c);
                cell.setCellValue(columns[c].header());
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    var value = rows.get(r).get(columns[c]);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            widen(sheet, columns.length, 18);
            if (guide != null) {
                readme(
                        workbook.createSheet(messages.getMessage("plan.exchange.readme.sheet", null, locale)),
                        guide,
                        headerStyle,
                        wrap,
                        locale,
                        messages);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void readme(
            Sheet sheet,
            List<ColumnGuide> guide,
            CellStyle headerStyle,
            CellStyle wrap,
            Locale locale,
            MessageSource messages) {
        var intro = sheet.createRow(0).createCell(0);
        intro.setCellValue(messages.getMessage("plan.exchange.readme.intro", null, locale));
        var header = sheet.createRow(2);
        var titles = List.of(
                "plan.exchange.guide.column",
                "plan.exchange.guide.required",
                "plan.exchange.guide.explanation",
                "plan.exchange.guide.allowed");
        for (int c = 0; c < titles.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(messages.getMessage(titles.get(c), null, locale));
            cell.setCellStyle(headerStyle);
        }
        for (int r = 0; r < guide.size(); r++) {
            var column = guide.get(r);
            var row = sheet.createRow(r + 3);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1)
                    .setCellValue(messages.getMessage(
                            column.required() ? "plan.exchange.yes" : "plan.exchange.no", null, locale));
            var explanation = row.createCell(2);
            explanation.setCellValue(column.explanation());
            explanation.setCellStyle(wrap);
            var allowed = row.createCell(3);
            allowed.setCellValue(String.join("\n", column.allowed()));
            allowed.setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 70 * 256);
    }

    private static void widen(Sheet sheet, int columns, int characters) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, characters * 256);
        }
    }
}
