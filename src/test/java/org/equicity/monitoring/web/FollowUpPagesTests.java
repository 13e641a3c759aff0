package org.equicity.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.FollowUps.TrackedRecommendation;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.report.CycleId;
import org.equicity.report.Explanation;
import org.equicity.report.MonitoringShares;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coordinator follows a published report's recommendations up on their page and makes one an action of the
 * action plan; the public reads the summary, the recommendations' status and the PDF, never a confidential part;
 * another city's coordinator is refused every change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpPagesTests {

    static final String FINDING = "Waiting lists sort applicants by nationality.";
    static final String SECTION = "Section text kept inside the city.";
    static final String STATEMENT = "We sort by date.";
    static final String SUMMARY = "Most departments know where discrimination may occur; two need support.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    FollowUps followUps;

    @Autowired
    Plans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Networks networks;

    @Autowired
    Reports reports;

    @Autowired
    MonitoringShares shares;

    TestMonitoring city;
    String page;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        MonitoringFixtures.publish(
                city,
                context,
                "eva-" + city.programme().value() + "@example.org",
                "hans-" + city.programme().value() + "@example.org");
        page = "/manage/cities/" + city.city().city().slug() + "/monitoring/"
                + city.programme().value() + "/follow-up";
    }

    TrackedRecommendation recommendation() {
        return as(city.coordinator(), () -> followUps.ofProgramme(city.programme()))
                .get(0);
    }

    @Test
    void theCoordinatorFollowsARecommendationUpAndMakesItAnActionOfTheActionPlan() throws Exception {
        var plan = as(city.coordinator(), () -> plans.create(PlanFixtures.newPlan(city.city(), null)));
        var commitment =
                as(city.coordinator(), () -> plans.addCommitment(plan, PlanFixtures.commitment("1", city.city())));
        mvc.perform(get(page).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sort waiting lists by need only.")))
                .andExpect(content().string(containsString("Inner-administrative focus group in the department")))
                .andExpect(content().string(containsString(plan.value() + "/" + commitment.value())));
        var id = recommendation().id().value();

        mvc.perform(post(page + "/" + id + "/entries")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("method", "steering-group-invitation")
                        .param("notes", "The head of the housing office reported on the new rules."))
                .andExpect(flash().attribute("notice", "monitoring.notice.follow-up-recorded"));
        mvc.perform(post(page + "/" + id + "/entries")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("notes", "No method"))
                .andExpect(flash().attribute("problem", "monitoring.rule.required"));
        mvc.perform(post(page + "/" + id + "/action")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("commitment", plan.value() + "/" + commitment.value()))
                .andExpect(flash().attribute("notice", "monitoring.notice.action-created"));
        mvc.perform(post(page + "/" + id + "/status")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", String.valueOf(recommendation().version()))
                        .param("status", "IMPLEMENTED"))
                .andExpect(flash().attribute("notice", "monitoring.notice.status-changed"));

        var followed = recommendation();
        assertThat(followed.status()).isEqualTo(FollowUps.Status.IMPLEMENTED);
        assertThat(followed.followUps()).hasSize(1);
        var action = followed.action();
        assertThat(action).isNotNull();
        mvc.perform(get(page).with(user(city.coordinator())))
                .andExpect(content().string(containsString("The head of the housing office reported")))
                .andExpect(content()
                        .string(containsString("/plans/" + plan.value() + "/actions/"
                                + action.action().value())));
        mvc.perform(get("/manage/cities/" + city.city().city().slug() + "/plans/" + plan.value() + "/actions/"
                                + action.action().value() + "/edit")
                        .with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"action-source\"")))
                .andExpect(content().string(containsString("/follow-up#recommendation-1")));
        mvc.perform(get("/cities/" + city.city().city().slug() + "/monitoring"))
                .andExpect(content().string(containsString("Implemented")));
    }

    @Test
    void anOverdueFollowUpIsOnTheCoordinatorsWorkList() throws Exception {
        mvc.perform(get("/me").with(user(city.coordinator())))
                .andExpect(content().string(containsString("No recommendation waits for its yearly follow-up.")));
        jdbc.update(
                "update monitoring_recommendation set published_on = ? where id = ?",
                LocalDate.now().minusMonths(13),
                recommendation().id().value());
        mvc.perform(get("/me").with(user(city.coordinator())))
                .andExpect(content().string(containsString("Follow up recommendation 1 of")))
                .andExpect(content().string(containsString(page + "#recommendation-1")));
        mvc.perform(get("/me").with(user(city.housingContact())))
                .andExpect(content().string(not(containsString("Follow up recommendation 1 of"))));
    }

    @Test
    void thePublicReadsTheSummaryRecommendationsAndPdfButNoConfidentialPart() throws Exception {
        var slug = city.city().city().slug();
        mvc.perform(get("/cities/" + slug + "/monitoring"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SUMMARY)))
                .andExpect(content().string(containsString("Open")))
                .andExpect(content().string(containsString(city.programme().value() + ".pdf")))
                .andExpect(content().string(not(containsString(FINDING))))
                .andExpect(content().string(not(containsString(SECTION))))
                .andExpect(content().string(not(containsString(STATEMENT))));
        var pdf = mvc.perform(get(
                        "/cities/" + slug + "/monitoring/" + city.programme().value() + ".pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = text(pdf);
        assertThat(text).contains("Inner-administrative monitoring report 2026", "Sort waiting lists by need only.");
        assertThat(text.replaceAll("\\s+", " ")).contains("Most departments know where discrimination may occur");
        assertThat(text).doesNotContain("Waiting lists sort", "Section text", STATEMENT);

        var other = MonitoringFixtures.city(context);
        mvc.perform(get("/cities/" + other.city().city().slug() + "/monitoring/"
                        + city.programme().value() + ".pdf"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cities/" + city.city().city().id().value() + "/monitoring/reports")
                        .with(user(other.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"OPEN\"")))
                .andExpect(content().string(not(containsString(FINDING))))
                .andExpect(content().string(not(containsString(STATEMENT))));
        mvc.perform(get("/api/v1/monitoring/programmes/" + city.programme().value() + "/recommendations")
                        .with(user(other.coordinator())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCitysCoordinatorIsRefusedEveryChange() throws Exception {
        var other = MonitoringFixtures.city(context);
        var id = recommendation().id().value();
        for (var path : new String[] {"/" + id + "/entries", "/" + id + "/status", "/" + id + "/action"}) {
            mvc.perform(post(page + path)
                            .with(user(other.coordinator()))
                            .with(csrf())
                            .param("version", "0")
                            .param("status", "IN_PROGRESS")
                            .param("heldOn", LocalDate.now().toString())
                            .param("method", "round-table")
                            .param("notes", "Taken over")
                            .param("commitment", "x/y"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/manage/cities/" + city.city().city().slug() + "/monitoring/"
                                + city.programme().value() + "/next-edition")
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        var ownPage = "/manage/cities/" + other.city().city().slug() + "/monitoring/"
                + other.programme().value() + "/follow-up/" + id + "/status";
        mvc.perform(post(ownPage)
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().isForbidden());
        assertThat(recommendation().status()).isEqualTo(FollowUps.Status.OPEN);
    }

    @Test
    void theNextEditionIsStartedFromTheProgrammePageAndThePublicPageComparesEditions() throws Exception {
        var programmePage = "/manage/cities/" + city.city().city().slug() + "/monitoring/"
                + city.programme().value();
        mvc.perform(post(programmePage + "/next-edition")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "monitoring.notice.edition-started"));
        mvc.perform(post(programmePage + "/next-edition")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "monitoring.rule.next-edition-exists"));
        mvc.perform(get(programmePage).with(user(city.coordinator())))
                .andExpect(content().string(containsString("The next edition")))
                .andExpect(content().string(not(containsString("Start the next edition"))));
    }

    /**
     * Item 9: the network asks its member cities for their published monitoring; the city's accepted report carries
     * the published part, and the network's public statistics compare it, never with a confidential text.
     */
    @Test
    void theNetworkAsksForThePublishedMonitoringAndComparesItWithoutAConfidentialWord() throws Exception {
        var asking = cycle();
        var network = asking.network();
        var secretariat = asking.secretariat();
        var cycle = asking.cycle();
        var cityId = city.city().city().id();
        var ask = put("/api/v1/cycles/" + cycle.value() + "/monitoring")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"asked\":true}");
        mvc.perform(ask.with(user(city.coordinator())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(ask.with(user(secretariat)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monitoringAsked").value(true));

        var report = as(city.coordinator(), () -> reports.startReport(cycle, cityId));
        submit(report);
        as(secretariat, () -> reports.accept(report));

        var title = "Inner-administrative monitoring report 2026";
        var shared = List.of(
                mvc.perform(get("/api/v1/reports/" + report.value() + "/versions/1/export.json")
                                .with(user(secretariat)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.schemaVersion").value("1.2"))
                        .andExpect(jsonPath("$.monitoring[0].title").value(title))
                        .andExpect(jsonPath("$.monitoring[0].publicSummary").value(SUMMARY))
                        .andExpect(jsonPath("$.monitoring[0].recommendations[0].status")
                                .value("OPEN")),
                mvc.perform(get("/manage/cities/" + city.city().city().slug() + "/reports/" + report.value())
                                .locale(Locale.ENGLISH)
                                .with(user(city.coordinator())))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString(title + ", published ")))
                        .andExpect(content().string(containsString("0 of 1 recommendations implemented"))),
                mvc.perform(get("/networks/" + network.slug() + "/statistics"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString(title))),
                mvc.perform(get("/api/v1/networks/" + network.slug() + "/statistics/monitoring"))
                        .andExpect(status().isOk())
                        .andExpect(
                                jsonPath("$[0].city").value(city.city().city().slug()))
                        .andExpect(jsonPath("$[0].monitoring.recommendations.length()")
                                .value(1)));
        for (var answer : shared) {
            assertThat(answer.andReturn().getResponse().getContentAsString())
                    .doesNotContain("Waiting lists sort", "Section text", STATEMENT);
        }
    }

    /** A network of the city whose secretariat opened a cycle. */
    record AskingCycle(NetworkDetails network, UserDetails secretariat, CycleId cycle) {}

    AskingCycle cycle() {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var cityId = city.city().city().id();
        var suffix = city.programme().value().toString().substring(0, 8);
        var network =
                as(admin, () -> networks.create(new CreateNetwork("mon-" + suffix, "Net " + suffix, null, null, 2)));
        as(admin, () -> networks.admit(network.id(), cityId, LocalDate.of(2020, 1, 1)));
        var secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var cycle = as(
                secretariat,
                () -> reports.openCycle(new Reports.NewCycle(
                        network.id(),
                        "Cycle " + suffix,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 3, 31),
                        List.of(),
                        null,
                        null)));
        return new AskingCycle(network, secretariat, cycle);
    }

    void submit(ReportId report) {
        as(city.coordinator(), () -> {
            var view = reports.report(report);
            var explained = view.missingExplanations().stream()
                    .map(group -> new Explanation(group.code(), "Not in this period"))
                    .toList();
            var content = view.content();
            reports.update(
                    report,
                    view.version(),
                    new ReportContent(content.language(), content.level1(), content.actions(), explained));
            reports.submit(report, reports.report(report).version());
        });
    }

    /**
     * Item 9: the city's coordinator picks which published monitoring reports its report shares (the latest until
     * then); another city's report cannot be slipped in, nobody else picks, and a submitted version keeps the pick.
     */
    @Test
    void theCityPicksWhichPublishedMonitoringItsReportShares() throws Exception {
        var asking = cycle();
        as(asking.secretariat(), () -> shares.ask(asking.cycle(), true));
        var report = as(
                city.coordinator(),
                () -> reports.startReport(asking.cycle(), city.city().city().id()));
        var choices = "/api/v1/reports/" + report.value() + "/monitoring";
        mvc.perform(get(choices).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].programme")
                        .value(city.programme().value().toString()))
                .andExpect(jsonPath("$[0].shared").value(true));

        var other = MonitoringFixtures.city(context);
        MonitoringFixtures.publish(
                other,
                context,
                "o-" + other.programme().value() + "@example.org",
                "p-" + other.programme().value() + "@example.org");
        var foreign = put(choices)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmes\":[\"" + other.programme().value() + "\"]}");
        mvc.perform(foreign.with(user(city.coordinator())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.rule.monitoring-not-published"));
        var none = put(choices).contentType(MediaType.APPLICATION_JSON).content("{\"programmes\":[]}");
        mvc.perform(none.with(user(other.coordinator())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(none.with(user(asking.secretariat())).with(csrf())).andExpect(status().isForbidden());

        var reportPage = "/manage/cities/" + city.city().city().slug() + "/reports/" + report.value();
        mvc.perform(post(reportPage + "/monitoring")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "report.notice.monitoring-chosen"));
        mvc.perform(get(reportPage).locale(Locale.ENGLISH).with(user(city.coordinator())))
                .andExpect(content().string(containsString("Share the ticked reports")))
                .andExpect(content()
                        .string(containsString("value=\"" + city.programme().value() + "\"")));
        mvc.perform(get(choices).with(user(city.coordinator())))
                .andExpect(jsonPath("$[0].shared").value(false));
        submit(report);
        mvc.perform(get("/api/v1/reports/" + report.value() + "/versions/1/export.json")
                        .with(user(city.coordinator())))
                .andExpect(jsonPath("$.monitoring.length()").value(0));
        mvc.perform(put(choices)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmes\":[\"" + city.programme().value() + "\"]}")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
