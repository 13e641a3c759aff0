package org.equicity.monitoring.web;

import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.monitoring.MonitoringReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTests {

    static final String FINDING = "The housing office sorts waiting lists by nationality.";
    static final String SECTION = "Interviews with eleven departments.";
    static final String STATEMENT = "We sort by the date of application.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMonitoring city;
    String report;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        report = "/manage/cities/" + city.city().city().slug() + "/monitoring/"
                + city.programme().value() + "/report";
    }

    @Test
    void aReportIsWrittenApprovedWithADivergentStatementAndOnlyItsPublicPartReachesThePublicPage() throws Exception {
        mvc.perform(get(report + "/edit").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Housing office")));
        mvc.perform(post(report + "/edit")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "Monitoring report 2026")
                        .param("publicSummary", "Two departments need support.")
                        .param("sections[0].heading", "Method")
                        .param("sections[0].text", SECTION)
                        .param(
                                "findings[0].department",
                                city.housing().id().value().toString())
                        .param("findings[0].text", FINDING)
                        .param("recommendations[0].text", "Sort waiting lists by need only.")
                        .param(
                                "recommendations[0].addressee",
                                city.housing().id().value().toString())
                        .param("recommendations[0].followUpContact", "Hans Housing")
                        .param("recommendations[0].due", "2027-06-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(report).with(user(city.equalityContact())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(FINDING))));

        step("/discussion");
        mvc.perform(post(report + "/statements-request")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", version())
                        .param("deadline", "2026-09-30"))
                .andExpect(flash().attribute("notice", "monitoring.notice.statements-asked"));
        mvc.perform(get(report).with(user(city.housingContact())))
                .andExpect(content().string(containsString(FINDING)))
                .andExpect(content().string(containsString("name=\"statement\"")))
                .andExpect(content().string(containsString("id=\"statement-department\" name=\"department\"")));
        mvc.perform(post(report + "/statements")
                        .with(user(city.housingContact()))
                        .with(csrf())
                        .param("department", city.housing().id().value().toString())
                        .param("statement", STATEMENT)
                        .param("divergent", "true"))
                .andExpect(flash().attribute("notice", "monitoring.notice.statement-attached"));
        mvc.perform(post(report + "/council")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", version())
                        .param("presentedOn", "2026-10-15")
                        .param("decision", "Taken note"))
                .andExpect(flash().attribute("notice", "monitoring.notice.report-presented"));
        mvc.perform(get("/cities/" + city.city().city().slug() + "/monitoring"))
                .andExpect(content().string(not(containsString("Two departments need support."))));
        // publishing asks first, on a page that posts the version read
        mvc.perform(get(report + "/publication/confirmation").with(user(city.coordinator())))
                .andExpect(content().string(containsString("Publish the report?")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
        step("/publication");
        mvc.perform(get(report + "/publication/confirmation").with(user(city.coordinator())))
                .andExpect(redirectedUrl(report));

        mvc.perform(get(report).with(user(city.coordinator())))
                .andExpect(content().string(containsString(STATEMENT)))
                .andExpect(content().string(containsString("Divergent opinion")));
        var publicPage = "/cities/" + city.city().city().slug() + "/monitoring";
        mvc.perform(get("/cities/" + city.city().city().slug()))
                .andExpect(content().string(containsString(publicPage)));
        for (var reader : new String[] {
            publicPage, "/api/v1/cities/" + city.city().city().id().value() + "/monitoring/reports"
        }) {
            mvc.perform(get(reader))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Two departments need support.")))
                    .andExpect(content().string(containsString("Sort waiting lists by need only.")))
                    .andExpect(content().string(not(containsString(FINDING))))
                    .andExpect(content().string(not(containsString(SECTION))))
                    .andExpect(content().string(not(containsString(STATEMENT))));
        }
        var other = MonitoringFixtures.city(context);
        mvc.perform(get(report).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/monitoring/programmes/" + city.programme().value() + "/report")
                        .with(user(other.coordinator())))
                .andExpect(status().isForbidden());
    }

    /** The report's version stored now, as its page sends it back: each step is a change of the report. */
    private String version() {
        return String.valueOf(as(
                        city.coordinator(),
                        () -> context.getBean(MonitoringReports.class).report(city.programme()))
                .version());
    }

    private void step(String path) throws Exception {
        mvc.perform(post(report + path)
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", version()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attributeExists("notice"));
    }
}
