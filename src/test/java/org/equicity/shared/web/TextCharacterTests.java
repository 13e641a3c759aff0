package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.report.ReportFixtures;
import org.equicity.shared.TextRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Texts holding characters no PDF or spreadsheet can hold (NUL and the other control characters, half a surrogate
 * pair, the non-character U+FFFE) are refused wherever a person sends them, naming the field; tabs and line breaks
 * stay. Rows stored before that (here written with SQL) still print.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TextCharacterTests {

    /** As JSON escapes: U+0000, U+0001, U+000B, U+001F, U+FFFE and a lone high surrogate. */
    static final List<String> REFUSED = List.of("\\u0000", "\\u0001", "\\u000b", "\\u001f", "\\ufffe", "\\ud800");

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
    String commitment;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        commitment = as(coordinator, () -> plans.addCommitment(plan, PlanFixtures.commitment("1", city)))
                .value()
                .toString();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void everyRefusedCharacterIsA422NamingTheFieldOnEveryEndpoint() throws Exception {
        var version = as(coordinator, () -> plans.plan(plan)).version();
        for (var character : REFUSED) {
            var requests = Map.of(
                    json(post("/api/v1/plans"), """
                            {"city":"%s","title":"Plan%s","startYear":2025,"endYear":2027}""".formatted(city.city().id().value(), character)),
                    "title",
                    json(put("/api/v1/plans/{id}", plan.value()), """
                            {"version":%d,"title":"Plan 2025%s","startYear":2025,"endYear":2027}""".formatted(version, character)),
                    "title",
                    json(post("/api/v1/plans/{id}/commitments/{c}/actions", plan.value(), commitment), """
                            {"title":"Advice desk%s"}""".formatted(
                                    character)),
                    "title",
                    json(post("/api/v1/plans/{id}/commitments/{c}/actions", plan.value(), commitment), """
                            {"title":"Advice desk","description":"Open%s on Mondays"}""".formatted(
                                    character)),
                    "description");
            for (var request : requests.entrySet()) {
                mvc.perform(request.getKey().locale(Locale.ENGLISH))
                        .andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.code").value(TextRules.CHARACTERS))
                        .andExpect(jsonPath("$.detail", containsString("field " + request.getValue() + " ")));
            }
        }
        mvc.perform(json(post("/api/v1/plans/{id}/commitments/{c}/actions", plan.value(), commitment), """
                        {"title":"Advice desk","description":"Open\\ton Mondays\\r\\nand Fridays"}"""))
                .andExpect(status().isCreated());
        assertThat(as(coordinator, () -> plans.plan(plan)).actions()).hasSize(1);
    }

    @Test
    void aPageShowsTheRefusalBesideTheFieldInTheReadersLanguage() throws Exception {
        mvc.perform(post("/manage/cities/{slug}/plans/new", city.city().slug())
                        .param("title", "Plan\u0001 2025")
                        .param("startYear", "2025")
                        .param("endYear", "2027")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023")
                        .param("language", "de")
                        .locale(Locale.GERMAN)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("enthält ein Zeichen, das nicht gespeichert werden kann")));
    }

    @Test
    void anImportedRowWithARefusedCharacterIsARowProblem() throws Exception {
        var csv = "ref;commitment;title\nA-1;1;Advice\u0001desk\nA-2;1;Posters\n";
        var base = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/import";
        var preview = mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "file", "plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(preview).locale(Locale.ENGLISH).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New actions: 1")))
                .andExpect(content().string(containsString("Rows with problems: 1")))
                .andExpect(content().string(containsString("holds a character that cannot be stored")));
    }

    @Test
    void plansAndReportsStoredWithSuchCharactersStillPrint() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var report = fixtures.acceptedReport(context, "Cycle with broken texts");
        var broken = "Monitoring\u0000\u0001\u000b\u001f\ufffe\ud800 office";
        jdbc.update(
                "update plan_action set title = ? where id = ?",
                broken,
                fixtures.actionIn2024().value());
        var escaped = "Monitoring\\u0000\\u0001\\u000b\\u001f\\ufffe\\ud800 office";
        for (var table : List.of("city_report", "city_report_version")) {
            jdbc.update(
                    "update " + table
                            + " set content = replace(content, 'Monitoring office', ?) where report_id = ?"
                                    .replace("report_id", table.equals("city_report") ? "id" : "report_id"),
                    escaped,
                    report.value());
        }

        var planPdf = pdf("/api/v1/plans/" + fixtures.plan().value() + "/export.pdf", fixtures.coordinator());
        assertThat(planPdf).contains("Monitoring office");
        var reportPdf = pdf("/api/v1/reports/" + report.value() + "/export.pdf", fixtures.coordinator());
        assertThat(reportPdf).contains("Monitoring office");
        assertThat(pdf("/api/v1/reports/" + report.value() + "/versions/1/export.pdf", fixtures.coordinator()))
                .contains("Monitoring office");
    }

    private String pdf(String url, UserDetails reader) throws Exception {
        var bytes = mvc.perform(get(url).param("lang", "en").with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
