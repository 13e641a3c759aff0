package org.equicity.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.DoubleFunction;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares.SharedMonitoring;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.Csv;
import org.equicity.shared.web.SvgChart;
import org.equicity.statistics.Statistics;
import org.equicity.statistics.Statistics.Dataset;
import org.equicity.statistics.Statistics.NetworkStatistics;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A network's public statistics page, each dataset as a chart with its table, and each dataset as CSV (written by
 * {@link Csv}, separated as the reader's spreadsheet program expects).
 */
@Controller
class StatisticsPages {

    private final Statistics statistics;
    private final MessageSource messages;

    StatisticsPages(Statistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/networks/{slug}/statistics")
    String page(@PathVariable String slug, @RequestParam(required = false) String cycle, Model model, Locale locale) {
        var found = statistics.ofNetwork(slug, cycleOf(cycle), locale);
        var charts = new LinkedHashMap<String, String>();
        for (var dataset : found.datasets()) {
            var title = title(dataset, locale);
            charts.put(
                    dataset.name(),
                    chart(
                            "chart-" + dataset.name(),
                            title,
                            messages.getMessage("statistics.chart.description", new Object[] {title}, locale),
                            column(dataset.columns().get(dataset.charted()), locale),
                            dataset.rows().stream()
                                    .map(row -> row.value(dataset.charted()))
                                    .toList(),
                            dataset.rows().stream().map(row -> row.label()).toList(),
                            dataset.percent(),
                            locale));
        }
        model.addAttribute("statistics", found);
        model.addAttribute("reports", statistics.acceptedReports(slug, found.cycle()));
        var shared = statistics.sharedMonitoring(slug, found.cycle());
        model.addAttribute("monitoring", shared);
        model.addAttribute("monitoringChart", monitoringChart(shared, locale));
        model.addAttribute(
                "cycleChoices",
                Choices.of(found.cycles(), option -> option.id().value().toString(), Statistics.CycleOption::name));
        model.addAttribute("charts", charts);
        model.addAttribute("scope", scope(found, locale));
        return "statistics/network";
    }

    @GetMapping("/networks/{slug}/statistics/{dataset}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String slug,
            @PathVariable String dataset,
            @RequestParam(required = false) String cycle,
            Locale locale) {
        if (!Statistics.DATASETS.contains(dataset)) {
            throw new NotFoundException("Dataset", dataset);
        }
        var found = statistics.ofNetwork(slug, cycleOf(cycle), locale);
        var table = found.dataset(dataset).orElseThrow(() -> new NotFoundException("Dataset", dataset));
        var name = slug + "-" + dataset
                + (found.cycle() == null ? "" : "-" + found.cycle().value()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv(table, locale).getBytes(StandardCharsets.UTF_8));
    }

    /** A cycle filter as typed into the address: empty for all cycles, and no such cycle for anything else. */
    static CycleId cycleOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new CycleId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("Cycle", value);
        }
    }

    private String csv(Dataset dataset, Locale locale) {
        var out = new StringWriter();
        try (var printer = Csv.writer(out, Csv.delimiter(locale))) {
            var header = new ArrayList<Object>();
            header.add(messages.getMessage("statistics.label." + dataset.name(), null, locale));
            dataset.columns().forEach(column -> header.add(column(column, locale)));
            printer.row(header);
            for (var row : dataset.rows()) {
                var cells = new ArrayList<Object>();
                cells.add(row.label());
                cells.addAll(row.values());
                printer.row(cells);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private String title(Dataset dataset, Locale locale) {
        return messages.getMessage("statistics.dataset." + dataset.name(), null, locale);
    }

    private String column(String column, Locale locale) {
        return messages.getMessage("statistics.column." + column, null, locale);
    }

    private String scope(NetworkStatistics found, Locale locale) {
        return found.cycles().stream()
                .filter(option -> option.id().equals(found.cycle()))
                .map(option -> option.name())
                .findFirst()
                .orElseGet(() -> messages.getMessage("statistics.filter.all", null, locale));
    }

    /** Each shared monitoring report's recommendations implemented, as a share of all, city beside city. */
    private String monitoringChart(List<SharedMonitoring> shared, Locale locale) {
        var withRecommendations = shared.stream()
                .filter(share -> !share.monitoring().recommendations().isEmpty())
                .toList();
        var title = messages.getMessage("statistics.monitoring.chart", null, locale);
        return chart(
                "chart-monitoring",
                title,
                messages.getMessage("statistics.chart.description", new Object[] {title}, locale),
                messages.getMessage("statistics.monitoring.implemented-share", null, locale),
                withRecommendations.stream()
                        .map(share -> Math.round(share.monitoring().implemented()
                                * 100.0
                                / share.monitoring().recommendations().size()))
                        .toList(),
                withRecommendations.stream()
                        .map(share -> share.report().cityName() + " – "
                                + share.monitoring().title())
                        .toList(),
                true,
                locale);
    }

    /** A dataset's bars: counts on an axis to a round number, percentages on an axis to 100 %. */
    static String chart(
            String id,
            String title,
            String description,
            String axisTitle,
            List<Long> values,
            List<String> labels,
            boolean percent,
            Locale locale) {
        var numbers = NumberFormat.getIntegerInstance(locale);
        var percents = NumberFormat.getPercentInstance(locale);
        DoubleFunction<String> format =
                value -> percent ? percents.format(value / 100.0) : numbers.format(Math.round(value));
        var bars = new ArrayList<SvgChart.Bar>();
        for (int i = 0; i < values.size(); i++) {
            bars.add(new SvgChart.Bar(labels.get(i), values.get(i).doubleValue(), format.apply(values.get(i))));
        }
        double max = percent
                ? 100
                : SvgChart.niceMaximum(
                        values.stream().mapToLong(Long::longValue).max().orElse(0));
        return SvgChart.bars(id, "bar-chart", title, description, axisTitle, bars, max, format);
    }
}
