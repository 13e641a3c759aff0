package org.equicity.practice.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.DocumentReader.Kind;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the library's own export (CSV, XLSX or JSON, one practice a row, in its columns) as a compendium: each row is
 * written out as the owner and title as a heading and its texts under English labels, so that it goes through the
 * same split, preview and checks as a document.
 */
@Component
class TabularReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The export's columns and the labels they are read under; the owner heads the title as "OWNER: title". */
    private static final Map<String, String> LABELS = columns();

    String text(Kind kind, byte[] content) {
        var rows = rows(kind, content);
        var text = new StringBuilder();
        for (var row : rows) {
            var title = row.getOrDefault("title", "").strip();
            if (title.isEmpty()) {
                continue;
            }
            var owner = row.getOrDefault("owner", "").strip();
            text.append(owner.isEmpty() ? title : owner.toUpperCase(Locale.ROOT) + ": " + title)
                    .append('\n');
            for (var column : LABELS.entrySet()) {
                var value = row.getOrDefault(column.getKey(), "").strip();
                if (!value.isEmpty()) {
                    text.append(column.getValue()).append(": ").append(value).append('\n');
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The document the rows were published in, as the export's source columns give it, where every row that names one
     * names the same: a table exported from the library goes back in under its source without typing it again.
     */
    Optional<SourceDocument> document(Kind kind, byte[] content) {
        var rows = rows(kind, content);
        var titles = rows.stream()
                .map(row -> row.getOrDefault("source_title", "").strip())
                .filter(title -> !title.isEmpty())
                .distinct()
                .toList();
        if (titles.size() != 1) {
            return Optional.empty();
        }
        var row = rows.stream()
                .filter(candidate -> titles.get(0)
                        .equals(candidate.getOrDefault("source_title", "").strip()))
                .findFirst()
                .orElseThrow();
        return Optional.of(new SourceDocument(
                titles.get(0), row.get("source_publisher"), row.get("source_date"), row.get("source_address")));
    }

    private static List<Map<String, String>> rows(Kind kind, byte[] content) {
        return switch (kind) {
            case CSV -> csv(content);
            case XLSX -> xlsx(content);
            case JSON -> json(content);
            default -> throw new IllegalArgumentException("Not a table: " + kind);
        };
    }

    private static List<Map<String, String>> csv(byte[] content) {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser =
                format.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            var rows = new ArrayList<Map<String, String>>();
            for (var record : parser) {
                var row = new LinkedHashMap<String, String>();
                parser.getHeaderNames()
                        .forEach(header -> row.put(
                                header.replace("\ufeff", "").strip().toLowerCase(Locale.ROOT),
                                record.isSet(header) ? record.get(header) : ""));
                rows.add(row);
            }
            return rows;
        } catch (IOException | RuntimeException malformed) {
            throw RuleViolationException.about("file", "practice.import.unreadable");
        }
    }

    private static List<Map<String, String>> xlsx(byte[] content) {
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            var headers = new ArrayList<String>();
            var rows = new ArrayList<Map<String, String>>();
            for (var line : sheet) {
                if (headers.isEmpty()) {
                    line.forEach(cell ->
                            headers.add(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT)));
                    continue;
                }
                var row = new LinkedHashMap<String, String>();
                for (var i = 0; i < headers.size(); i++) {
                    var cell = line.getCell(i);
                    row.put(headers.get(i), cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | RuntimeException malformed) {
            throw RuleViolationException.about("file", "practice.import.unreadable");
        }
    }

    private static List<Map<String, String>> json(byte[] content) {
        try {
            var root = JSON.readTree(content);
            var practices = root.isArray() ? root : root.path("practices");
            var rows = new ArrayList<Map<String, String>>();
            for (var practice : practices) {
                var row = new LinkedHashMap<String, String>();
                for (var column : practice.properties()) {
                    row.put(column.getKey().toLowerCase(Locale.ROOT), value(column.getValue()));
                }
                rows.add(row);
            }
            return rows;
        } catch (JacksonException malformed) {
            throw RuleViolationException.about("file", "practice.import.unreadable");
        }
    }

    /** A list on one line, as the CSV export writes it: "; " separates references and codes alike. */
    private static String value(JsonNode node) {
        if (node.isArray()) {
            var items = new ArrayList<String>();
            node.forEach(item -> items.add(item.asString()));
            return String.join("; ", items);
        }
        return node.isNull() ? "" : node.asString();
    }

    private static Map<String, String> columns() {
        var labels = new LinkedHashMap<String, String>();
        // one-line values first: a line of a longer text just before a label could be read as a practice's title
        labels.put("source_section", "Source section");
        labels.put("language", "Language");
        labels.put("fields_of_action", "Field of action codes");
        labels.put("chapter", "Chapter");
        labels.put("measure_type", "Type");
        labels.put("area_of_intervention", "Area of intervention");
        labels.put("implementation_period", "Duration");
        labels.put("main_purpose", "Main purpose");
        labels.put("purpose", "Purpose");
        labels.put("aims", "Aims");
        labels.put("rationale", "Stimulus/Rationale");
        labels.put("process", "Process");
        labels.put("impact", "Impact/Outcomes");
        labels.put("evaluation", "Evaluation");
        labels.put("leading_authority", "Leading authority");
        labels.put("implementing_partners", "Implementing partners");
        labels.put("department", "Department");
        labels.put("contact", "Contact");
        labels.put("references", "Further information");
        return labels;
    }
}
