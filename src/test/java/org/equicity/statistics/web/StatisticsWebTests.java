package org.equicity.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.equicity.EventsSettled;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.report.CycleId;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The public statistics of a network whose one city has a report in each state: accepted (one action, commitment 1,
 * track information-advice, field monitoring), submitted, returned and draft, all with that same action; and good
 * practices designated, declined and still submitted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class StatisticsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    Practices practices;

    ReportFixtures fixtures;
    CycleId accepted;
    CycleId submitted;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        var acceptedReport = fixtures.acceptedReport(context, "Cycle A");
        accepted = as(
                fixtures.coordinator(),
                () -> reports.report(acceptedReport).cycle().id());
        submitted = fixtures.openCycle(context, "Cycle B", 2023);
        submitted(submitted);
        var returned = submitted(fixtures.openCycle(context, "Cycle C", 2023));
        as(fixtures.secretariat(), () -> reports.returnForRevision(returned, "Please add the budget"));
        var draft = fixtures.openCycle(context, "Cycle D", 2023);
        as(
                fixtures.coordinator(),
                () -> reports.startReport(draft, fixtures.city().id()));

        var action = as(
                fixtures.secretariat(),
                () -> reports.acceptedActions(accepted).get(0).id());
        as(fixtures.secretariat(), () -> {
            var practice = practices.nominate(action);
            practices.startReview(practice);
            practices.designate(practice);
        });
        var declined = as(fixtures.coordinator(), () -> practices.submit(direct("2")));
        as(fixtures.secretariat(), () -> {
            practices.startReview(declined);
            practices.decline(declined);
        });
        as(fixtures.coordinator(), () -> practices.submit(direct("1")));
    }

    private ReportId submitted(CycleId cycle) {
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        return id;
    }

    private NewPractice direct(String commitment) {
        return new NewPractice(
                fixtures.city().id(),
                fixtures.network().id(),
                new PracticeContent(
                        "de",
                        PracticeFixtures.template("Practice under " + commitment, List.of(), null, null),
                        new Classification(commitment, null, List.of(), 2024)));
    }

    String base() {
        return "/networks/" + fixtures.network().slug() + "/statistics";
    }

    String page(String query) throws Exception {
        // The kept counts are forgotten in the background once an acceptance or designation has committed.
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mvc.perform(get(base() + query).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The rows of a dataset's table: the row header, then the figures as printed. */
    static List<List<String>> table(String html, String dataset) {
        var start = html.indexOf("aria-labelledby=\"heading-" + dataset + "\"");
        var section = html.substring(start, html.indexOf("</section>", start));
        var body = section.substring(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
        var rows = new ArrayList<List<String>>();
        var cell = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");
        for (var row : body.split("</tr>")) {
            var cells = new ArrayList<String>();
            var matcher = cell.matcher(row);
            while (matcher.find()) {
                cells.add(HtmlUtils.htmlUnescape(matcher.group(1)).strip());
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<String> row(List<List<String>> table, String label) {
        return table.stream()
                .filter(row -> row.get(0).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label + " in " + table));
    }

    static String chart(String html, String dataset) {
        var start = html.indexOf("<svg", html.indexOf("aria-labelledby=\"heading-" + dataset + "\""));
        return html.substring(start, html.indexOf("</svg>", start));
    }

    @Test
    void onlyTheAcceptedReportCountsAndAnonymousReadersSeeIt() throws Exception {
        var html = page("");

        var commitments = table(html, "commitments");
        assertThat(commitments).hasSize(10);
        assertThat(row(commitments, "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "1", "1");
        assertThat(commitments.stream()
                        .mapToInt(row -> Integer.parseInt(row.get(1)))
                        .sum())
                .isEqualTo(1);
        assertThat(row(table(html, "tracks"), "Information and advice"))
                .containsExactly("Information and advice", "1", "1");
        assertThat(table(html, "fields-of-activity").stream()
                        .mapToInt(row -> Integer.parseInt(row.get(1)))
                        .sum())
                .isEqualTo(1);
        assertThat(table(html, "city-sizes")).contains(List.of("250,000 to 499,999", "1", "1"));
        assertThat(table(html, "countries")).containsExactly(List.of("Austria", "1", "1"));

        var rates = table(html, "reporting-rates");
        assertThat(rates)
                .containsExactly(
                        List.of("Cycle A", "1", "1", "1", "100"),
                        List.of("Cycle B", "1", "1", "0", "0"),
                        List.of("Cycle C", "1", "1", "0", "0"),
                        List.of("Cycle D", "1", "0", "0", "0"));
    }

    @Test
    void countsKeptBetweenRequestsFollowTheNextAcceptanceAndDesignation() throws Exception {
        var before = row(table(page(""), "commitments"), "Greater Vigilance against Racism");
        assertThat(before).containsExactly("Greater Vigilance against Racism", "1", "1");

        var second = fixtures.acceptedReport(context, "Cycle E");
        var action = as(
                fixtures.secretariat(),
                () -> reports.acceptedActions(reports.report(second).cycle().id())
                        .get(0)
                        .id());
        var html = page("");
        assertThat(row(table(html, "commitments"), "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "2", "1");
        assertThat(row(table(html, "good-practices"), "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "1");

        as(fixtures.secretariat(), () -> {
            var practice = practices.nominate(action);
            practices.startReview(practice);
            practices.designate(practice);
        });
        assertThat(row(table(page(""), "good-practices"), "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "2");
    }

    @Test
    void onlyDesignatedPracticesCount() throws Exception {
        var all = table(page(""), "good-practices");
        assertThat(row(all, "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "1");
        assertThat(all.stream().mapToInt(row -> Integer.parseInt(row.get(1))).sum())
                .isEqualTo(1);

        assertThat(table(page("?cycle=" + accepted.value()), "good-practices").stream()
                        .mapToInt(row -> Integer.parseInt(row.get(1)))
                        .sum())
                .isEqualTo(1);
        assertThat(table(page("?cycle=" + submitted.value()), "good-practices").stream()
                        .mapToInt(row -> Integer.parseInt(row.get(1)))
                        .sum())
                .isZero();
    }

    @Test
    void aCycleFilterShowsThatCycleOnly() throws Exception {
        var html = page("?cycle=" + submitted.value());

        assertThat(table(html, "reporting-rates")).containsExactly(List.of("Cycle B", "1", "1", "0", "0"));
        assertThat(table(html, "commitments").stream()
                        .mapToInt(row -> Integer.parseInt(row.get(1)))
                        .sum())
                .isZero();
        assertThat(html).contains("selected=\"selected\"");
        assertThat(row(table(page("?cycle=" + accepted.value()), "commitments"), "Greater Vigilance against Racism"))
                .containsExactly("Greater Vigilance against Racism", "1", "1");
    }

    @Test
    void everyChartHasOneBarPerTableRowWithItsValue() throws Exception {
        var html = page("");
        for (var dataset : List.of("reporting-rates", "commitments", "tracks", "fields-of-activity", "city-sizes")) {
            var svg = chart(html, dataset);
            var rows = table(html, dataset);
            assertThat(svg)
                    .contains("role=\"img\"")
                    .contains("aria-labelledby=\"chart-" + dataset + "-title chart-" + dataset + "-desc\"");
            assertThat(Pattern.compile("<rect class=\"bar\"")
                            .matcher(svg)
                            .results()
                            .count())
                    .as(dataset)
                    .isEqualTo(rows.size());
        }
        var svg = chart(html, "commitments");
        assertThat(svg).contains(">Greater Vigilance against Racism</text>").contains("class=\"value\"");
        var values = Pattern.compile("<text class=\"value\"[^>]*>([^<]*)</text>")
                .matcher(svg)
                .results()
                .map(result -> result.group(1))
                .toList();
        assertThat(values)
                .containsExactlyElementsOf(table(html, "commitments").stream()
                        .map(row -> row.get(1))
                        .toList());
        assertThat(chart(html, "reporting-rates")).contains(">100%</text>");
    }

    @Test
    void theCsvHasTheTablesFigures() throws Exception {
        var html = page("");
        for (var dataset : List.of("reporting-rates", "commitments", "countries")) {
            var response = mvc.perform(get(base() + "/" + dataset + ".csv").locale(Locale.ENGLISH))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).startsWith("text/csv");
            assertThat(response.getHeader("Content-Disposition")).contains(dataset + ".csv");
            var bytes = response.getContentAsByteArray();
            assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
            var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
            assertThat(records.get(0).get(0)).isNotBlank();
            var csvRows = records.subList(1, records.size()).stream()
                    .map(record -> record.toList())
                    .toList();
            assertThat(csvRows).containsExactlyElementsOf(table(html, dataset));
        }
        var german = mvc.perform(get(base() + "/commitments.csv").locale(Locale.GERMAN))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(german).contains("Verstärkte Wachsamkeit gegenüber Rassismus;1;1");
    }

    @Test
    void theApiGivesEveryDataset() throws Exception {
        mvc.perform(get("/api/v1/networks/" + fixtures.network().slug() + "/statistics")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datasets.length()").value(7))
                .andExpect(jsonPath("$.datasets[0].name").value("reporting-rates"))
                .andExpect(jsonPath("$.datasets[0].rows[0].values[3]").value(100))
                .andExpect(jsonPath("$.datasets[1].rows[0].code").value("1"))
                .andExpect(jsonPath("$.datasets[1].rows[0].label").value("Vigilance accrue contre le racisme"))
                .andExpect(jsonPath("$.datasets[1].rows[0].values[0]").value(1))
                .andExpect(jsonPath("$.cycles.length()").value(4));
        mvc.perform(get("/api/v1/networks/" + fixtures.network().slug() + "/statistics")
                        .param("cycle", submitted.value().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cycle").value(submitted.value().toString()))
                .andExpect(jsonPath("$.datasets[1].rows[0].values[0]").value(0));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/networks/{slug}/statistics'].get.tags[0]")
                        .value("Statistics"));
    }

    /**
     * One designated practice and one accepted action without any classification (the action lacks commitment, track
     * and fields): every reader still gets the statistics, with the two counted as "not classified" in their language,
     * on the page, in each CSV and in the API.
     */
    @Test
    void practicesAndActionsWithoutClassificationAreCountedAsNotClassified() throws Exception {
        var unclassified = as(fixtures.coordinator(), () -> practices.submit(direct(null)));
        as(fixtures.secretariat(), () -> {
            practices.startReview(unclassified);
            practices.designate(unclassified);
        });
        acceptedWithoutClassification("Cycle E");

        var html = page("");
        assertThat(row(table(html, "good-practices"), "Not classified")).containsExactly("Not classified", "1");
        assertThat(row(table(html, "commitments"), "Not classified")).containsExactly("Not classified", "1", "1");
        assertThat(row(table(html, "tracks"), "Not classified")).containsExactly("Not classified", "1", "1");
        assertThat(row(table(html, "fields-of-activity"), "Not classified"))
                .containsExactly("Not classified", "1", "1");
        assertThat(chart(html, "good-practices")).contains(">Not classified</text>");
        for (var dataset : List.of("good-practices", "commitments", "tracks", "fields-of-activity")) {
            var german = mvc.perform(get(base() + "/" + dataset + ".csv").locale(Locale.GERMAN))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(german).as(dataset).contains("Nicht zugeordnet;1");
        }
        mvc.perform(get("/api/v1/networks/" + fixtures.network().slug() + "/statistics")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datasets[4].name").value("good-practices"))
                .andExpect(
                        jsonPath("$.datasets[4].rows[?(@.code == null)].label").value("Non classé"))
                .andExpect(jsonPath("$.datasets[4].rows[?(@.code == null)].values[0]")
                        .value(1));
    }

    /** A report in a new cycle whose one action has neither commitment, track nor field, submitted and accepted. */
    private void acceptedWithoutClassification(String cycleName) {
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(
                        fixtures.openCycle(context, cycleName, 2023),
                        fixtures.city().id()));
        as(fixtures.coordinator(), () -> {
            var report = reports.report(id);
            var content = report.content();
            var action = new ReportedAction(
                    null,
                    null,
                    "Unclassified work",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of());
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(content.language(), content.level1(), List.of(action), List.of()));
        });
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        as(fixtures.secretariat(), () -> reports.accept(id));
    }

    @Test
    void unknownNetworksCyclesAndDatasetsAreNotFound() throws Exception {
        mvc.perform(get("/networks/no-such-network/statistics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/networks/no-such-network/statistics")).andExpect(status().isNotFound());
        mvc.perform(get(base()).param("cycle", "not-a-cycle")).andExpect(status().isNotFound());
        mvc.perform(get(base()).param("cycle", "00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/secrets.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theNetworkPageLinksToTheStatistics() throws Exception {
        var html = mvc.perform(get("/networks/" + fixtures.network().slug()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"" + base() + "\"");
    }
}
