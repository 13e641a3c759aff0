package org.equicity.plan.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlanExchangeTests {

    static final String HEADER = "ref;commitment;title;description;track;fields_of_activity;departments;start;end;"
            + "budget_amount;budget_currency;regular_budget;status;progress";
    static final String TITLE = "Łódź-Partnerschaft: Beratung für Geflüchtete – ñandú, é, ä";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    JdbcTemplate jdbc;

    TestCity city;
    UserDetails coordinator;
    PlanId plan;
    CommitmentId commitment;
    String base;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        commitment = as(coordinator, () -> plans.addCommitment(plan, PlanFixtures.commitment("1", city)));
        base = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/import";
    }

    @Test
    void thePreviewListsRowProblemsAndWritesNothingToThePlan() throws Exception {
        var history = as(coordinator, () -> plans.history(plan)).size();
        var csv = "\uFEFF" + HEADER + "\n"
                + "A-1;1;Advice desk;;Information and advice;monitoring;Office for equal opportunities;2025-01-01;"
                + "2025-12-31;1500,50;EUR;;IN_PROGRESS;40\n"
                + "A-2;1;Posters;;juggling;;;;;;;;;\n"
                + "A-3;9;;;;;;31.12.2025;;;;;;\n";

        var preview = upload(csv.getBytes(StandardCharsets.UTF_8), "actions.csv");
        mvc.perform(get(preview).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New actions: 1")))
                .andExpect(content().string(containsString("Rows with problems: 2")))
                .andExpect(content().string(containsString("Not an allowed value: juggling.")))
                .andExpect(content().string(containsString("The plan has no commitment 9.")))
                .andExpect(content().string(containsString("Not a date: 31.12.2025.")))
                .andExpect(content().string(containsString("<th scope=\"row\">3</th>")))
                .andExpect(content().string(containsString("<td>track</td>")));

        var view = as(coordinator, () -> plans.plan(plan));
        assertThat(view.actions()).isEmpty();
        assertThat(as(coordinator, () -> plans.history(plan))).hasSize(history);
    }

    @Test
    void confirmingImportsTheValidRowsAndAReimportUpdatesByReference() throws Exception {
        var first = xlsx(
                List.of("ref", "commitment", "title", "track", "departments", "budget_amount", "budget_currency"),
                List.of("A-1", "1", TITLE, "information-advice", "Office for equal opportunities", "2500", "eur"),
                List.of("A-2", "Greater vigilance against racism", "Monitoring report", "", "", "", ""),
                List.of("A-3", "1", "", "", "", "", ""));
        var preview = upload(first, "plan.xlsx");
        mvc.perform(post(preview).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.exchange.notice.imported"));

        var actions = as(coordinator, () -> plans.plan(plan)).actions();
        assertThat(actions).extracting(a -> a.content().title()).containsExactly(TITLE, "Monitoring report");
        var advice = actions.get(0);
        assertThat(advice.content().track()).isEqualTo("information-advice");
        assertThat(advice.content().budget().amount()).isEqualByComparingTo("2500");
        assertThat(advice.content().budget().currency()).isEqualTo("EUR");
        assertThat(advice.content().responsibleDepartments())
                .containsExactly(city.department().id());
        assertThat(count("plan_import")).isZero();

        var second = xlsx(
                List.of("ref", "commitment", "title", "status", "progress"),
                List.of("A-1", "1", TITLE, "Completed", "100"),
                List.of("A-2", "1", "Monitoring report", "", ""),
                List.of("A-4", "1", "Training for staff", "", ""));
        var again = upload(second, "plan.xlsx");
        mvc.perform(get(again).with(user(coordinator)))
                .andExpect(content().string(containsString("New actions: 1")))
                .andExpect(content().string(containsString("Actions updated: 1")))
                .andExpect(content().string(containsString("Rows without change: 1")));
        mvc.perform(post(again).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        var after = as(coordinator, () -> plans.plan(plan)).actions();
        assertThat(after).hasSize(3);
        ActionView updated = after.stream()
                .filter(a -> a.id().equals(advice.id()))
                .findFirst()
                .orElseThrow();
        assertThat(updated.content().status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(updated.content().progress()).isEqualTo(100);
        assertThat(updated.content().track()).isNull();
    }

    @Test
    void aFileThatIsNotASpreadsheetOrHasWrongColumnsIsRefusedClearly() throws Exception {
        var before = count("plan_import");
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "photo.png", "image/png", png))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a spreadsheet that can be read")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "name,amount\nA,1\n".getBytes()))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lacks the columns ref, commitment, title")));
        var broken = new byte[] {'P', 'K', 3, 4, 1, 2, 3};
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "x.xlsx", "application/zip", broken))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a spreadsheet that can be read")));
        var latin1 = (HEADER + "\nA-1;1;Caf\u00e9;;;;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", latin1))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not in UTF-8")));
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[3 * 1024 * 1024]))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("too large")));
        assertThat(count("plan_import")).isEqualTo(before);
        assertThat(as(coordinator, () -> plans.plan(plan)).actions()).isEmpty();
    }

    @Test
    void aCoordinatorOfAnotherCityCannotImportAndNothingIsStored() throws Exception {
        var other = PlanFixtures.city(context);
        var intruder = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, other.city().id()));
        var before = count("plan_import");
        var csv = (HEADER + "\nX-1;1;Taken over;;;;;;;;;;;\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
                        .with(user(intruder))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(intruder))).andExpect(status().isForbidden());
        // through the intruder's own city in the address, the plan of the other city does not exist
        var ownCity = "/manage/cities/" + other.city().slug() + "/plans/" + plan.value() + "/import";
        mvc.perform(multipart(ownCity)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
                        .with(user(intruder))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // a preview someone else uploaded cannot be confirmed by them either
        var preview = upload(csv, "x.csv");
        mvc.perform(post(preview.replace(city.city().slug(), other.city().slug()))
                        .with(user(intruder))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(preview).with(user(intruder)).with(csrf())).andExpect(status().isForbidden());
        assertThat(count("plan_import")).isEqualTo(before + 1);
        assertThat(as(coordinator, () -> plans.plan(plan)).actions()).isEmpty();
    }

    @Test
    void theTemplateExplainsEveryColumnWithThePlansCodesInTheReadersLanguage() throws Exception {
        var xlsx = mvc.perform(get(base + "/template.xlsx").param("lang", "de").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(cells(workbook.getSheetAt(0).getRow(0))).startsWith("ref", "commitment", "title");
            var readme = workbook.getSheet("LIESMICH");
            assertThat(readme).isNotNull();
            var text = new StringBuilder();
            readme.forEach(row -> text.append(cells(row)).append('\n'));
            assertThat(text).contains("information-advice — Information und Beratung", "PLANNED — ");
        }
        mvc.perform(get(base + "/template.csv").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ref,commitment,title,description,track")));
        mvc.perform(get(base).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fields_of_activity")))
                .andExpect(content().string(containsString("Office for equal opportunities")));
    }

    @Test
    void anAdoptedPlanIsExportedToEveryoneAsSpreadsheetsAndPdf() throws Exception {
        as(coordinator, () -> {
            plans.addAction(plan, commitment, PlanFixtures.action(TITLE, ActionStatus.IN_PROGRESS, city, List.of()));
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
        });
        var api = "/api/v1/plans/" + plan.value();

        var xlsx = mvc.perform(get(api + "/export.xlsx").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).startsWith("ref", "commitment", "title");
            var row = cells(sheet.getRow(1));
            assertThat(row.get(2)).isEqualTo(TITLE);
            assertThat(row).contains("Research and innovation", "In progress", "Office for equal opportunities", "EUR");
            assertThat(row).doesNotContain("Ana Example");
        }

        var csv = mvc.perform(get(api + "/export.csv").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\"" + TITLE + "\"", "2025-01-01", "25000.00").doesNotContain("Ana Example");
        mvc.perform(get(api + "/export.csv").with(user(coordinator)))
                .andExpect(content().string(containsString("Ana Example")));

        var pdf = mvc.perform(get(api + "/export.pdf").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Action plan against racism", "Łódź-Partnerschaft", "ñandú", "é, ä");
            assertThat(text).contains("Set up a monitoring office by 2026");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            var fonts = new ArrayList<String>();
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    var font = document.getPage(0).getResources().getFont(name);
                    fonts.add(font.getName() + ":" + font.isEmbedded());
                } catch (java.io.IOException unreadable) {
                    fonts.add(name.getName() + ":unreadable");
                }
            });
            assertThat(fonts).isNotEmpty().allMatch(font -> font.endsWith(":true"));
        }
    }

    @Test
    void aDraftIsExportedOnlyToTheCitysPeople() throws Exception {
        as(
                coordinator,
                () -> plans.addAction(
                        plan, commitment, PlanFixtures.action("Secret draft", ActionStatus.PLANNED, city, List.of())));
        var api = "/api/v1/plans/" + plan.value();
        for (var format : List.of("xlsx", "csv", "pdf")) {
            mvc.perform(get(api + "/export." + format)).andExpect(status().isNotFound());
            var stranger = TestPeople.holding(
                    context,
                    RoleGrant.inCity(
                            Role.CITY_COORDINATOR,
                            PlanFixtures.city(context).city().id()));
            mvc.perform(get(api + "/export." + format).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get(api + "/export." + format).with(user(coordinator))).andExpect(status().isOk());
        }
        mvc.perform(get("/manage/cities/" + city.city().slug() + "/plans/" + plan.value())
                        .with(user(coordinator)))
                .andExpect(content().string(containsString("/export.pdf")))
                .andExpect(content().string(containsString(base)));
        mvc.perform(get(api + "/export.csv")).andExpect(content().string(not(containsString("Secret draft"))));
    }

    /**
     * Titles a spreadsheet program would run as formulas leave the CSV with a quote in front and the XLSX as plain
     * texts; importing the exported CSV again gives back the titles as written, so every row is unchanged.
     */
    @Test
    void titlesThatLookLikeFormulasAreExportedAsTextAndReadBackAsWritten() throws Exception {
        var titles = List.of(
                "=HYPERLINK(\"http://evil.example\",\"Click\")",
                "-5 % complaints",
                "+1 advice desk",
                "@office hours",
                "'Quoted' campaign");
        as(
                coordinator,
                () -> titles.forEach(title -> plans.addAction(
                        plan, commitment, PlanFixtures.action(title, ActionStatus.PLANNED, city, List.of()))));
        var api = "/api/v1/plans/" + plan.value();

        var csv = mvc.perform(get(api + "/export.csv").param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = new String(csv, StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.subList(1, records.size()).stream().map(record -> record.get(2)))
                .containsExactlyElementsOf(
                        titles.stream().map(title -> "'" + title).toList());

        var xlsx = mvc.perform(get(api + "/export.xlsx").param("lang", "de").with(user(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 0; r < titles.size(); r++) {
                var cell = sheet.getRow(r + 1).getCell(2);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(titles.get(r));
            }
        }

        var preview = upload(csv, "plan.csv");
        mvc.perform(get(preview).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rows without change: " + titles.size())));
        mvc.perform(post(preview).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(as(coordinator, () -> plans.plan(plan)).actions())
                .extracting(action -> action.content().title())
                .containsExactlyElementsOf(titles);
    }

    private String upload(byte[] content, String name) throws Exception {
        var location = mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(base + "/");
        return location;
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("actions");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    var value = rows[r].get(c);
                    if (value.matches("\\d+") && r > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
        var formatter = new DataFormatter();
        var values = new ArrayList<String>();
        row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
        return values;
    }

    /** Uploads kept for this test's plan. */
    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Integer.class, plan.value());
    }
}
