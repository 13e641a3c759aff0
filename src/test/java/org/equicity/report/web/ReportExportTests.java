package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.network.Networks;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionStatus;
import org.equicity.report.CycleId;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports as files: the PDF and JSON of a report and of its versions for the city and the secretariat, and the
 * secretariat's downloads of a cycle's accepted reports, never with a draft in them; the JSON always follows the
 * published schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportExportTests {

    static final String NON_LATIN = "Beratungsstelle Łódź, Zürich und Київ";
    static final String DRAFT_ONLY = "Nur im Entwurf";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    final JsonMapper json = JsonMapper.builder().build();

    ReportFixtures fixtures;
    ReportFixtures other;
    CitySummary draftCity;
    UserDetails draftCoordinator;
    CycleId cycle;
    ReportId accepted;
    ReportId draft;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        other = ReportFixtures.create(context);
        draftCity = TestCities.create(context, "Entwurfstadt");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        as(
                admin,
                () -> context.getBean(Networks.class)
                        .admit(fixtures.network().id(), draftCity.id(), LocalDate.of(2020, 1, 1)));
        draftCoordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, draftCity.id()));
        cycle = fixtures.openCycle(context, "Zyklus 2023–2024", 2023);

        accepted = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        addAction(fixtures.coordinator(), accepted, NON_LATIN);
        fixtures.explainAll(context, accepted);
        as(
                fixtures.coordinator(),
                () -> reports.submit(accepted, reports.report(accepted).version()));
        as(fixtures.secretariat(), () -> reports.accept(accepted));

        draft = as(draftCoordinator, () -> reports.startReport(cycle, draftCity.id()));
        addAction(draftCoordinator, draft, DRAFT_ONLY);
    }

    void addAction(UserDetails coordinator, ReportId id, String title) {
        as(coordinator, () -> {
            var report = reports.report(id);
            var content = report.content();
            var actions = new ArrayList<>(content.actions());
            actions.add(new ReportedAction(
                    null,
                    null,
                    title,
                    "Rat für Betroffene; conseil « juridique » pour les victimes",
                    "Sprechstunden",
                    "2023–2024",
                    "1 200 Beratungen",
                    "Amt für Gleichstellung",
                    "3",
                    List.of("monitoring"),
                    "information-advice",
                    ActionStatus.COMPLETED,
                    100,
                    List.of("https://example.org/bericht")));
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(content.language(), content.level1(), actions, content.explanations()));
        });
    }

    String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            return new PDFTextStripper().getText(document);
        }
    }

    JsonNode schema() throws IOException {
        try (var in = new ClassPathResource("static/schemas/report/1.2.json").getInputStream()) {
            return json.readTree(in);
        }
    }

    void assertFollowsTheSchema(JsonNode document) throws IOException {
        assertThat(SchemaCheck.problems(schema(), document)).isEmpty();
    }

    @Test
    void theReportPrintsWithItsTitlePageLevel1ActionsAndEveryLetter() throws Exception {
        var pdf = mvc.perform(get("/api/v1/reports/" + accepted.value() + "/export.pdf")
                        .locale(Locale.ENGLISH)
                        .with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = pdfText(pdf);
        assertThat(text)
                .contains(
                        fixtures.city().name(),
                        "Zyklus 2023–2024",
                        fixtures.network().name())
                .contains("Version 1 as submitted", "Accepted")
                .contains(ReportFixtures.FOCAL_POINT)
                .contains("Monitoring office", NON_LATIN, "Amt für Gleichstellung")
                .contains("Not in this period")
                .contains("2 / ");
    }

    @Test
    void aVersionPrintsAsFrozenAndInTheReadersLanguage() throws Exception {
        var pdf = mvc.perform(get("/api/v1/reports/" + accepted.value() + "/versions/1/export.pdf")
                        .locale(Locale.GERMAN)
                        .with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("Version 1, wie eingereicht", "Angenommen", NON_LATIN);

        var draftPdf = mvc.perform(get("/api/v1/reports/" + draft.value() + "/export.pdf")
                        .locale(Locale.ENGLISH)
                        .with(user(draftCoordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(draftPdf)).contains("Working copy, not submitted", DRAFT_ONLY);
    }

    @Test
    void theJsonExportFollowsThePublishedSchema() throws Exception {
        var body = mvc.perform(get("/api/v1/reports/" + accepted.value() + "/export.json")
                        .with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['$schema']", endsWith("/schemas/report/1.2.json")))
                .andExpect(jsonPath("$.schemaVersion").value("1.2"))
                .andExpect(jsonPath("$.id").value(accepted.value().toString()))
                .andExpect(jsonPath("$.city.name").value(fixtures.city().name()))
                .andExpect(jsonPath("$.cycle.name").value("Zyklus 2023–2024"))
                .andExpect(jsonPath("$.cycle.periodFrom").value("2023-01-01"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.level1.focalPoint.name").value(ReportFixtures.FOCAL_POINT))
                .andExpect(jsonPath("$.actions[1].title").value(NON_LATIN))
                .andExpect(jsonPath("$.actions[1].fieldsOfActivity[0]").value("monitoring"))
                .andExpect(jsonPath("$.explanations[0].text").value("Not in this period"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var document = json.readTree(body);
        assertThat(document.get("actions").get(0).get("id").asString()).hasSize(36);
        assertFollowsTheSchema(document);

        var draftDocument = json.readTree(mvc.perform(
                        get("/api/v1/reports/" + draft.value() + "/export.json").with(user(draftCoordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertFollowsTheSchema(draftDocument);

        assertFollowsTheSchema(
                json.readTree(mvc.perform(get("/api/v1/reports/" + accepted.value() + "/versions/1/export.json")
                                .with(user(fixtures.secretariat())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()));
    }

    @Test
    void theSchemaCheckFindsUndeclaredPropertiesWrongTypesAndMissingOnes() throws Exception {
        var document = (tools.jackson.databind.node.ObjectNode)
                json.readTree(mvc.perform(get("/api/v1/reports/" + accepted.value() + "/export.json")
                                .with(user(fixtures.coordinator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        document.put("unexpected", true);
        document.put("version", "one");
        document.remove("language");
        assertThat(SchemaCheck.problems(schema(), document))
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem).contains("$.unexpected is not declared"))
                .anySatisfy(problem -> assertThat(problem).contains("$.version is string"))
                .anySatisfy(problem -> assertThat(problem).contains("$.language is required"));
    }

    @Test
    void theSchemaIsPublishedWithTheProductForAnyone() throws Exception {
        mvc.perform(get("/schemas/report/1.0.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['$id']").value("urn:equicity:schema:report:1.0"))
                .andExpect(jsonPath("$.properties.schemaVersion.const").value("1.0"));
    }

    @Test
    void anotherCitysPeopleCannotReadTheReportAsAFile() throws Exception {
        for (var path : List.of("/export.pdf", "/export.json", "/versions/1/export.pdf", "/versions/1/export.json")) {
            mvc.perform(get("/api/v1/reports/" + accepted.value() + path).with(user(other.coordinator())))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/reports/" + accepted.value() + "/export.pdf").with(user(draftCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + accepted.value() + "/export.json")).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherNetworksSecretariatAndTheCitiesCannotDownloadTheCycle() throws Exception {
        for (var format : List.of("csv", "xlsx", "json")) {
            var path = "/api/v1/cycles/" + cycle.value() + "/accepted-reports." + format;
            mvc.perform(get(path).with(user(other.secretariat()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(fixtures.coordinator()))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCsvHasOneRowPerAcceptedActionAndNoDraft() throws Exception {
        var bytes = mvc.perform(get("/api/v1/cycles/" + cycle.value() + "/accepted-reports.csv")
                        .locale(Locale.ENGLISH)
                        .with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("Zyklus")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), UTF8)) {
            records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> r.get("title")).containsExactly("Monitoring office", NON_LATIN);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("city")).isEqualTo(fixtures.city().name());
            assertThat(r.get("report_id")).isEqualTo(accepted.value().toString());
            assertThat(r.get("version")).isEqualTo("1");
        });
        assertThat(records.get(1).get("objectives")).contains("conseil « juridique »");
        var text = new String(bytes, UTF8);
        assertThat(text).doesNotContain(DRAFT_ONLY).doesNotContain(draftCity.name());
    }

    @Test
    void theSpreadsheetHasASheetOfReportsAndOneOfActionsAndNoDraft() throws Exception {
        var bytes = mvc.perform(get("/api/v1/cycles/" + cycle.value() + "/accepted-reports.xlsx")
                        .with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var cells = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var reportsSheet = workbook.getSheet("reports");
            assertThat(reportsSheet.getLastRowNum()).isEqualTo(1);
            var header = new ArrayList<String>();
            reportsSheet.getRow(0).forEach(cell -> header.add(cells.formatCellValue(cell)));
            var row = reportsSheet.getRow(1);
            assertThat(cells.formatCellValue(row.getCell(header.indexOf("city"))))
                    .isEqualTo(fixtures.city().name());
            assertThat(cells.formatCellValue(row.getCell(header.indexOf("focal_point_name"))))
                    .isEqualTo(ReportFixtures.FOCAL_POINT);
            assertThat(cells.formatCellValue(row.getCell(header.indexOf("actions"))))
                    .isEqualTo("2");

            var actions = workbook.getSheet("actions");
            assertThat(actions.getLastRowNum()).isEqualTo(2);
            var titles = new ArrayList<String>();
            var actionHeader = new ArrayList<String>();
            actions.getRow(0).forEach(cell -> actionHeader.add(cells.formatCellValue(cell)));
            for (int r = 1; r <= actions.getLastRowNum(); r++) {
                titles.add(cells.formatCellValue(actions.getRow(r).getCell(actionHeader.indexOf("title"))));
            }
            assertThat(titles).containsExactly("Monitoring office", NON_LATIN);
        }
    }

    @Test
    void theJsonDownloadIsAnArrayOfAcceptedReportDocuments() throws Exception {
        var body = json.readTree(mvc.perform(get("/api/v1/cycles/" + cycle.value() + "/accepted-reports.json")
                        .with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(body.isArray()).isTrue();
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get(0).get("city").get("name").asString())
                .isEqualTo(fixtures.city().name());
        assertThat(body.toString()).doesNotContain(DRAFT_ONLY);
        assertFollowsTheSchema(body.get(0));
    }

    @Test
    void thePagesLinkTheFiles() throws Exception {
        mvc.perform(get("/manage/networks/" + fixtures.network().slug() + "/cycles/" + cycle.value())
                        .locale(Locale.ENGLISH)
                        .with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/accepted-reports.csv")))
                .andExpect(content().string(containsString("/accepted-reports.xlsx")))
                .andExpect(content().string(containsString("/accepted-reports.json")))
                .andExpect(content().string(containsString("/schemas/report/1.2.json")))
                .andExpect(content().string(containsString("No reminder has been mailed for this cycle yet.")));
        mvc.perform(get("/manage/cities/" + fixtures.city().slug() + "/reports/" + accepted.value())
                        .locale(Locale.ENGLISH)
                        .with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Print version (PDF)")))
                .andExpect(content().string(containsString("/export.pdf")))
                .andExpect(content().string(containsString("/versions/1/export.pdf")));
    }

    @Test
    void theCoordinatorSeesABannerForReportsDueSoonAndOverdue() throws Exception {
        var today = LocalDate.now();
        for (var deadline : List.of(today.plusDays(10), today.minusDays(5), today.plusDays(60))) {
            as(
                    fixtures.secretariat(),
                    () -> reports.openCycle(new Reports.NewCycle(
                            fixtures.network().id(),
                            "Due " + deadline,
                            today.minusDays(400),
                            today.minusDays(30),
                            deadline,
                            List.of(fixtures.city().id()),
                            null,
                            null)));
        }
        for (var page : List.of("/manage/cities/" + fixtures.city().slug() + "/reports", "/me")) {
            mvc.perform(get(page).locale(Locale.ENGLISH).with(user(fixtures.coordinator())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Reports due soon")))
                    .andExpect(content()
                            .string(containsString("is due on " + english(today.plusDays(10)) + ", in 10 days")))
                    .andExpect(content()
                            .string(containsString("was due on " + english(today.minusDays(5)) + ", 5 days ago")))
                    .andExpect(content().string(containsString("Start the report")))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(
                                    containsString("is due on " + english(today.plusDays(60))))));
        }
    }

    /** A date as the English pages write it (medium style, "Dec 17, 2026"). */
    private static String english(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(day);
    }

    static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
