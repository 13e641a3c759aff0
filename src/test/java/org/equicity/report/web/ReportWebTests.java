package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.equicity.report.CycleId;
import org.equicity.report.Explanation;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.ReportStatus;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ReportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    ReportFixtures fixtures;
    ReportFixtures other;
    CycleId cycle;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        other = ReportFixtures.create(context);
        cycle = fixtures.openCycle(context, "Cycle 2023–2024", 2023);
    }

    String cityBase() {
        return "/manage/cities/" + fixtures.city().slug() + "/reports";
    }

    ReportId started() {
        return as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
    }

    void explainAll(ReportId id) {
        as(fixtures.coordinator(), () -> {
            var report = reports.report(id);
            var content = report.content();
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(
                            content.language(),
                            content.level1(),
                            content.actions(),
                            report.missingExplanations().stream()
                                    .map(group -> new Explanation(group.code(), "Not in this period"))
                                    .toList()));
        });
    }

    @Test
    void theCoordinatorSeesWhatIsDueStartsTheReportAndSubmitsIt() throws Exception {
        mvc.perform(get(cityBase()).with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cycle 2023–2024")))
                .andExpect(content().string(containsString("Mar 31, 2025")))
                .andExpect(content().string(containsString("Start the report")));

        var location = mvc.perform(post(cityBase())
                        .param("cycle", cycle.value().toString())
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = new ReportId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));

        mvc.perform(get(location).with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monitoring office")))
                .andExpect(content().string(containsString(ReportFixtures.FOCAL_POINT)))
                .andExpect(content().string(containsString("Why is there no action under this commitment?")));

        var version = as(fixtures.coordinator(), () -> reports.report(id).version());
        mvc.perform(post(location + "/submission")
                        .param("version", String.valueOf(version))
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("problem", "report.rule.incomplete"));

        explainAll(id);
        var explained = as(fixtures.coordinator(), () -> reports.report(id).version());
        // the report's button leads to a page that asks first and posts the version the coordinator saw
        mvc.perform(get(location + "/submission/confirmation").with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Submit the report?")))
                .andExpect(content().string(containsString("action=\"" + location + "/submission\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + explained + "\"")));
        mvc.perform(post(location + "/submission")
                        .param("version", String.valueOf(explained))
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("notice", "report.notice.submitted"));
        mvc.perform(get(cityBase()).with(user(fixtures.coordinator())))
                .andExpect(content().string(containsString("Submitted")));
        mvc.perform(get(location + "/submission/confirmation").with(user(fixtures.coordinator())))
                .andExpect(redirectedUrl(location));
    }

    @Test
    void theActionFormsOpenForANewAndForAReportedAction() throws Exception {
        var base = cityBase() + "/" + started().value();
        mvc.perform(get(base + "/actions/new").with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"impact\"")));
        mvc.perform(get(base + "/actions/0").with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Monitoring office\"")))
                .andExpect(content().string(not(containsString("What is stored now"))));
    }

    @Test
    void theCoordinatorEditsLevel1AndActionsAndAConflictKeepsWhatWasTyped() throws Exception {
        var id = started();
        var base = cityBase() + "/" + id.value();
        var version = as(fixtures.coordinator(), () -> reports.report(id).version());

        mvc.perform(get(base + "/level1").with(user(fixtures.coordinator()))).andExpect(status().isOk());
        mvc.perform(post(base + "/level1")
                        .param("version", String.valueOf(version))
                        .param("language", "de")
                        .param("focalPointName", "Neu Name")
                        .param("focalPointEmail", "not an email")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"focalPointEmail-error\"")))
                .andExpect(content().string(containsString("Neu Name")));
        mvc.perform(post(base + "/level1")
                        .param("version", String.valueOf(version))
                        .param("language", "de")
                        .param("focalPointName", "Neu Name")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/level1")
                        .param("version", String.valueOf(version))
                        .param("language", "de")
                        .param("focalPointName", "Stale Name")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved the report in the meantime")))
                .andExpect(content().string(containsString("Stale Name")))
                .andExpect(content().string(containsString("Neu Name")));

        var current = as(fixtures.coordinator(), () -> reports.report(id).version());
        mvc.perform(post(base + "/actions/new")
                        .param("version", String.valueOf(current))
                        .param("title", "Festival outside any plan")
                        .param("commitment", "9")
                        .param("fieldsOfActivity", "cultural-diversity")
                        .param("evidenceLinks", "https://example.org/festival")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        var report = as(fixtures.coordinator(), () -> reports.report(id));
        assertThat(report.content().level1().focalPoint().name()).isEqualTo("Neu Name");
        assertThat(report.content().actions()).anySatisfy(action -> {
            assertThat(action.title()).isEqualTo("Festival outside any plan");
            assertThat(action.planAction()).isNull();
            assertThat(action.evidenceLinks()).containsExactly("https://example.org/festival");
        });
        mvc.perform(get(base).with(user(fixtures.coordinator())))
                .andExpect(content().string(containsString("Festival outside any plan")));
    }

    @Test
    void theSecretariatOpensACycleReturnsAReportAndAcceptsTheRevision() throws Exception {
        var cycles = "/manage/networks/" + fixtures.network().slug() + "/cycles";
        mvc.perform(get(cycles).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cycle 2023–2024")))
                .andExpect(content().string(containsString(fixtures.city().name())));
        mvc.perform(post(cycles)
                        .param("name", "")
                        .param("periodFrom", "2025-01-01")
                        .param("periodTo", "2026-12-31")
                        .param("deadline", "2027-03-31")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(post(cycles)
                        .param("name", "Cycle 2025–2026")
                        .param("periodFrom", "2025-01-01")
                        .param("periodTo", "2026-12-31")
                        .param("deadline", "2027-03-31")
                        .param("cities", fixtures.city().id().value().toString())
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(as(
                        fixtures.secretariat(),
                        () -> reports.cyclesOf(fixtures.network().id())))
                .hasSize(2);

        var id = started();
        explainAll(id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        var page = cycles + "/" + cycle.value();
        mvc.perform(get(page).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Submitted")));
        var reportPage = page + "/reports/" + id.value();
        mvc.perform(get(reportPage).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Return for revision")));
        mvc.perform(post(reportPage + "/return")
                        .param("comments", "Add the impact")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(redirectedUrl(reportPage));
        mvc.perform(get(cityBase()).with(user(fixtures.coordinator())))
                .andExpect(content().string(containsString("Returned for revision")));

        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        mvc.perform(post(reportPage + "/acceptance")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(redirectedUrl(reportPage));
        mvc.perform(get(cityBase() + "/" + id.value()).with(user(fixtures.coordinator())))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(containsString("Add the impact")))
                .andExpect(content().string(containsString("Compare version 1 with version 2")));
        mvc.perform(get(cityBase() + "/" + id.value() + "/comparison?from=1&to=2")
                        .with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two versions do not differ.")));
        mvc.perform(get(reportPage + "/comparison?from=1&to=2").with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two versions do not differ.")));
        mvc.perform(get(reportPage + "/comparison?from=1&to=2").with(user(other.secretariat())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCitysCoordinatorAndAnotherNetworksSecretariatGet403OnPagesAndNothingChanges() throws Exception {
        var id = started();
        var before = as(fixtures.coordinator(), () -> reports.report(id));
        var base = cityBase() + "/" + id.value();
        mvc.perform(get(base).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(cityBase()).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(post(cityBase())
                        .param("cycle", cycle.value().toString())
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        for (var path : new String[] {"/level1", "/actions/new", "/submission", "/explanations", "/candidates"}) {
            mvc.perform(post(base + path)
                            .param("version", String.valueOf(before.version()))
                            .param("language", "en")
                            .param("title", "Taken over")
                            .param("commitment", "2")
                            .param("text", "Taken over")
                            .param("planAction", UUID.randomUUID().toString())
                            .with(user(other.coordinator()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/actions/0/removal")
                        .param("version", String.valueOf(before.version()))
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        var network = "/manage/networks/" + fixtures.network().slug() + "/cycles";
        mvc.perform(get(network).with(user(other.secretariat()))).andExpect(status().isForbidden());
        mvc.perform(get(network + "/" + cycle.value()).with(user(other.secretariat())))
                .andExpect(status().isForbidden());
        mvc.perform(post(network)
                        .param("name", "Intruder cycle")
                        .param("periodFrom", "2025-01-01")
                        .param("periodTo", "2026-12-31")
                        .param("deadline", "2027-03-31")
                        .with(user(other.secretariat()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        explainAll(id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        var submitted = as(fixtures.coordinator(), () -> reports.report(id));
        var reportPage = network + "/" + cycle.value() + "/reports/" + id.value();
        mvc.perform(post(reportPage + "/acceptance")
                        .with(user(other.secretariat()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(reportPage + "/return")
                        .param("comments", "x")
                        .with(user(other.secretariat()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the other network's own address does not reach this network's cycle either
        mvc.perform(get("/manage/networks/" + other.network().slug() + "/cycles/" + cycle.value())
                        .with(user(other.secretariat())))
                .andExpect(status().isForbidden());

        assertThat(as(fixtures.coordinator(), () -> reports.report(id))).isEqualTo(submitted);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(as(
                        fixtures.secretariat(),
                        () -> reports.cyclesOf(fixtures.network().id())))
                .hasSize(1);
    }

    @Test
    void theApiRunsTheWholeCycleAndAnswersProblemsForBadInput() throws Exception {
        var network = "/api/v1/networks/" + fixtures.network().id().value() + "/cycles";
        mvc.perform(post(network)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"API cycle","periodFrom":"2025-01-01","periodTo":"2024-12-31","deadline":"2027-01-01"}""")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(network).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Cycle 2023–2024"));
        mvc.perform(get("/api/v1/cycles/" + cycle.value()).with(user(fixtures.secretariat())))
                .andExpect(jsonPath("$.criteria").value("ici-good-practice-criteria@2019"))
                .andExpect(jsonPath("$.participants[0].cityName")
                        .value(fixtures.city().name()));

        var created = mvc.perform(post("/api/v1/cycles/" + cycle.value() + "/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"city\":\"" + fixtures.city().id().value() + "\"}")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var report = "/api/v1/reports/" + id;
        mvc.perform(get(report).with(user(fixtures.coordinator())))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.content.language").value("de"))
                .andExpect(jsonPath("$.content.actions[0].title").value("Monitoring office"));
        mvc.perform(put(report)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":0,"language":"de","actions":[{"title":"Own action","commitment":"1",
                                 "progress":140}]}""")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        var explanations = new StringBuilder();
        for (int code = 2; code <= 10; code++) {
            explanations.append(code == 2 ? "" : ",").append("{\"commitment\":\"" + code + "\",\"text\":\"Later\"}");
        }
        var version = as(
                fixtures.coordinator(),
                () -> reports.report(new ReportId(UUID.fromString(id))).version());
        mvc.perform(put(report)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version
                                + ",\"language\":\"de\",\"actions\":[{\"title\":\"Own action\","
                                + "\"commitment\":\"1\",\"evidenceLinks\":[\"https://example.org\"]}],\"explanations\":["
                                + explanations + "]}")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitmentsWithoutActionOrExplanation").isEmpty());
        mvc.perform(put(report)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"language\":\"de\"}")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post(report + "/submission")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (version + 1) + "}")
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post(report + "/return")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comments\":\"More, please\"}")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post(report + "/acceptance")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(report + "/versions").with(user(fixtures.coordinator())))
                .andExpect(jsonPath("$[0].outcome").value("RETURNED"))
                .andExpect(jsonPath("$[0].comments").value("More, please"));
        mvc.perform(get(report + "/versions/1").with(user(fixtures.coordinator())))
                .andExpect(jsonPath("$.actions[0].title").value("Own action"));

        mvc.perform(get(report).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cycles/" + cycle.value()).with(user(other.secretariat())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).with(user(fixtures.coordinator())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
