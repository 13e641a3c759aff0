package org.equicity.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports.ReportExport;
import org.equicity.shared.web.Csv;

/**
 * The accepted reports of a cycle as tables for the secretariat's spreadsheets and statistics programs, with stable
 * English column names. CSV has one row per reported action with its report's columns repeated (a report without
 * actions gets one row with empty action columns, so that no report goes missing); it is written by {@link Csv} and
 * separated as the plan's CSV is (commas in English, semicolons otherwise). XLSX has a sheet of the reports
 * with their Level 1 and a sheet of the actions. Several values in one cell are separated by "; ".
 */
final class AcceptedReportTables {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String SEPARATOR = "; ";

    private record Column<T>(String header, Function<T, Object> value) {}

    private record Row(ReportExport report, ReportedAction action) {}

    private static final List<Column<ReportExport>> REPORT = List.of(
            new Column<>("report_id", r -> r.id().value()),
            new Column<>("city_id", r -> r.city().value()),
            new Column<>("city", ReportExport::cityName),
            new Column<>("cycle_id", r -> r.cycle().id().value()),
            new Column<>("cycle", r -> r.cycle().name()),
            new Column<>("network", r -> r.cycle().networkName()),
            new Column<>("period_from", r -> r.cycle().periodFrom()),
            new Column<>("period_to", r -> r.cycle().periodTo()),
            new Column<>("version", ReportExport::version),
            new Column<>("language", r -> r.content().language()),
            new Column<>("submitted_at", ReportExport::submittedAt),
            new Column<>("accepted_at", ReportExport::decidedAt));

    private static final List<Column<ReportExport>> LEVEL1 = List.of(
            new Column<>(
                    "focal_point_name", r -> r.content().level1().focalPoint().name()),
            new Column<>(
                    "focal_point_position",
                    r -> r.content().level1().focalPoint().position()),
            new Column<>(
                    "focal_point_email", r -> r.content().level1().focalPoint().email()),
            new Column<>(
                    "focal_point_phone", r -> r.content().level1().focalPoint().phone()),
            new Column<>(
                    "political_responsibility_name",
                    r -> r.content().level1().politicalResponsibility().name()),
            new Column<>(
                    "political_responsibility_office",
                    r -> r.content().level1().politicalResponsibility().office()),
            new Column<>("coordination_structure", r -> r.content().level1().coordinationStructure()),
            new Column<>("networks_and_memberships", r -> r.content().level1().networksAndMemberships()),
            new Column<>(
                    "public_contact_address",
                    r -> r.content().level1().publicContact().address()),
            new Column<>(
                    "public_contact_website",
                    r -> r.content().level1().publicContact().website()),
            new Column<>(
                    "public_contact_email",
                    r -> r.content().level1().publicContact().email()),
            new Column<>("description", r -> r.content().level1().description()),
            new Column<>("actions", r -> r.content().actions().size()),
            new Column<>(
                    "explanations",
                    r -> join(r.content().explanations().stream()
                            .map(e -> e.commitment() + ": " + e.text())
                            .toList())));

    private static final List<Column<ReportedAction>> ACTION = List.of(
            new Column<>("action_id", a -> a.id().value()),
            new Column<>(
                    "plan_action_id",
                    a -> a.planAction() == null ? null : a.planAction().value()),
            new Column<>("title", ReportedAction::title),
            new Column<>("objectives", ReportedAction::objectives),
            new Column<>("methods", ReportedAction::methods),
            new Column<>("duration", ReportedAction::duration),
            new Column<>("impact", ReportedAction::impact),
            new Column<>("department", ReportedAction::department),
            new Column<>("commitment", ReportedAction::commitment),
            new Column<>("fields_of_activity", a -> join(a.fieldsOfActivity())),
            new Column<>("track", ReportedAction::track),
            new Column<>("status", ReportedAction::status),
            new Column<>("progress", ReportedAction::progress),
            new Column<>("evidence_links", a -> join(a.evidenceLinks())));

    /** The columns of a row of actions: the report's first, then the action's. */
    private static final List<Column<Row>> ACTION_ROW = actionRow();

    private AcceptedReportTables() {}

    static byte[] csv(List<ReportExport> reports, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var printer = Csv.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), Csv.delimiter(locale))) {
            printer.row(ACTION_ROW.stream().map(Column::header).toList());
            for (var row : rows(reports)) {
                printer.row(ACTION_ROW.stream()
                        .map(column -> text(column.value().apply(row)))
                        .toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<ReportExport> reports) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var reportColumns = new ArrayList<>(REPORT);
            reportColumns.addAll(LEVEL1);
            sheet(workbook.createSheet("reports"), reportColumns, reports, header, date);
            sheet(workbook.createSheet("actions"), ACTION_ROW, rows(reports), header, date);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static <T> void sheet(
            Sheet sheet, List<Column<T>> columns, List<T> rows, CellStyle header, CellStyle date) {
        var top = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            var cell = top.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                var value = columns.get(c).value().apply(rows.get(r));
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static List<Row> rows(List<ReportExport> reports) {
        var rows = new ArrayList<Row>();
        for (var report : reports) {
            if (report.content().actions().isEmpty()) {
                rows.add(new Row(report, null));
            }
            report.content().actions().forEach(action -> rows.add(new Row(report, action)));
        }
        return rows;
    }

    private static List<Column<Row>> actionRow() {
        var columns = new ArrayList<Column<Row>>();
        REPORT.forEach(column ->
                columns.add(new Column<>(column.header(), row -> column.value().apply(row.report()))));
        ACTION.forEach(column -> columns.add(new Column<>(
                column.header(),
                row -> row.action() == null ? null : column.value().apply(row.action()))));
        return List.copyOf(columns);
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(SEPARATOR));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
