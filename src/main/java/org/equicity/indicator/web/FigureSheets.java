package org.equicity.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.shared.web.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes figures in the tidy layout the import reads ({@code period, dimension, category, value, status}, one row
 * per period and cell). A cell that disclosure control hid has no value and the status {@value #SUPPRESSED}. The
 * legend of the disclosure markers follows the figures ({@code Disclosure.legend}), as on every table of figures.
 */
final class FigureSheets {

    static final List<String> COLUMNS = List.of("period", "dimension", "category", "value", "status");
    static final String SUPPRESSED = "SUPPRESSED";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private FigureSheets() {}

    /** The figures, then a blank row and the legend of their markers, which the import does not read. */
    static byte[] csv(List<PeriodFigures> periods, List<String> legend, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var printer = Csv.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), Csv.delimiter(locale))) {
            printer.row(COLUMNS);
            for (var period : periods) {
                for (var cell : period.cells()) {
                    printer.row(Arrays.asList(
                            period.period().toString(),
                            cell.dimension(),
                            cell.category(),
                            number(cell.value()),
                            cell.suppressed() ? SUPPRESSED : cell.status().name()));
                }
            }
            if (!legend.isEmpty()) {
                printer.row(List.of());
                for (var line : legend) {
                    printer.row(List.of(line));
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** The figures on the first sheet, which the import reads, and the legend of their markers on a second. */
    static byte[] xlsx(List<PeriodFigures> periods, List<String> legend) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("figures");
            var header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (var period : periods) {
                for (var cell : period.cells()) {
                    var row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(period.period().toString());
                    row.createCell(1).setCellValue(cell.dimension());
                    row.createCell(2).setCellValue(cell.category());
                    if (cell.value() != null) {
                        row.createCell(3).setCellValue(cell.value().doubleValue());
                    }
                    row.createCell(4)
                            .setCellValue(
                                    cell.suppressed()
                                            ? SUPPRESSED
                                            : cell.status().name());
                }
            }
            if (!legend.isEmpty()) {
                var legendSheet = workbook.createSheet("legend");
                for (int l = 0; l < legend.size(); l++) {
                    legendSheet.createRow(l).createCell(0).setCellValue(legend.get(l));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** A figure as written: plainly, without trailing zeros or an exponent. */
    static BigDecimal number(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    static ResponseEntity<byte[]> download(byte[] body, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
