package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.practice.Practices;
import org.equicity.report.CycleId;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A city reports an action titled like a spreadsheet formula to a cycle whose secretariat named it like one; the
 * action is accepted and designated a good practice. Every CSV that carries those texts (the cycle's accepted
 * reports, the good-practice library, the network's statistics) writes them with a quote in front, so that no
 * spreadsheet program runs them; the plan's CSV is tested with its import in {@code PlanExchangeTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsvInjectionTests {

    static final String TITLE = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String CYCLE = "@SUM(1+1) cycle";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    Practices practices;

    ReportFixtures fixtures;
    CycleId cycle;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        cycle = fixtures.openCycle(context, CYCLE, 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        as(fixtures.coordinator(), () -> {
            var report = reports.report(id);
            var content = report.content();
            var actions =
                    content.actions().stream().map(CsvInjectionTests::formula).toList();
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(content.language(), content.level1(), actions, content.explanations()));
        });
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        as(fixtures.secretariat(), () -> {
            reports.accept(id);
            var practice =
                    practices.nominate(reports.acceptedActions(cycle).get(0).id());
            practices.startReview(practice);
            practices.designate(practice);
        });
    }

    private static ReportedAction formula(ReportedAction action) {
        return new ReportedAction(
                action.id(),
                action.planAction(),
                TITLE,
                "-1 office",
                action.methods(),
                action.duration(),
                action.impact(),
                action.department(),
                action.commitment(),
                action.fieldsOfActivity(),
                action.track(),
                action.status(),
                action.progress(),
                action.evidenceLinks());
    }

    @Test
    void theCyclesAcceptedReportsQuoteFormulasInCsvAndKeepThemTextInXlsx() throws Exception {
        var url = "/api/v1/cycles/" + cycle.value() + "/accepted-reports";
        var records = csv(get(url + ".csv").locale(Locale.ENGLISH), ',', fixtures.secretariat());
        assertThat(column(records, "title")).containsExactly("'" + TITLE);
        assertThat(column(records, "objectives")).containsExactly("'-1 office");

        var xlsx = mvc.perform(get(url + ".xlsx").with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("actions");
            var header = sheet.getRow(0);
            for (var cell : header) {
                if (cell.getStringCellValue().equals("title")) {
                    var title = sheet.getRow(1).getCell(cell.getColumnIndex());
                    assertThat(title.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(title.getStringCellValue()).isEqualTo(TITLE);
                }
            }
        }
    }

    @Test
    void theLibraryQuotesFormulas() throws Exception {
        var records = csv(get("/practices.csv"), ',', null);
        assertThat(column(records, "title")).contains("'" + TITLE);
        assertThat(records.stream().flatMap(CSVRecord::stream)).noneMatch(cell -> cell.startsWith("="));
    }

    @Test
    void theStatisticsQuoteFormulas() throws Exception {
        var base = "/networks/" + fixtures.network().slug() + "/statistics/reporting-rates.csv";
        var records = csv(get(base).locale(Locale.GERMAN), ';', null);
        assertThat(records.get(1).get(0)).isEqualTo("'" + CYCLE);
        assertThat(records.get(1).get(1)).isEqualTo("1");
    }

    private List<CSVRecord> csv(MockHttpServletRequestBuilder request, char delimiter, UserDetails reader)
            throws Exception {
        var text = mvc.perform(reader == null ? request : request.with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .substring(1);
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    /** The cells of a column named in the header, below it. */
    private static List<String> column(List<CSVRecord> records, String name) {
        var index = records.get(0).toList().indexOf(name);
        assertThat(index).as(name).isNotNegative();
        return records.subList(1, records.size()).stream()
                .map(record -> record.get(index))
                .toList();
    }
}
