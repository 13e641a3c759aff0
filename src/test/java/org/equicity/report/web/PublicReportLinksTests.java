package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.equicity.report.CycleId;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visitor finds a city's accepted report from the city's public page and from its network's statistics, and
 * follows the link to read it; the city's other reports (submitted, returned, a draft) are linked from neither.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PublicReportLinksTests {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*/reports/[^\"]*)\"[^>]*>([^<]*)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    ReportFixtures fixtures;
    ReportId accepted;
    List<ReportId> notAccepted;

    @BeforeEach
    void aCityWithAReportInEachState() {
        fixtures = ReportFixtures.create(context);
        accepted = fixtures.acceptedReport(context, "Cycle 2023–2024");
        var submitted = submitted(fixtures.openCycle(context, "Cycle submitted", 2023));
        var returned = submitted(fixtures.openCycle(context, "Cycle returned", 2023));
        as(fixtures.secretariat(), () -> reports.returnForRevision(returned, "Please add the budget"));
        var draftCycle = fixtures.openCycle(context, "Cycle draft", 2023);
        var draft = as(
                fixtures.coordinator(),
                () -> reports.startReport(draftCycle, fixtures.city().id()));
        notAccepted = List.of(submitted, returned, draft);
    }

    @Test
    void theCitysPageLinksToItsAcceptedReportOnly() throws Exception {
        var links = links(page("/cities/" + fixtures.city().slug()));

        assertThat(links).containsExactly(new Link(publicPage(accepted), "Report for the cycle Cycle 2023–2024"));
        assertThat(page(links.get(0).href())).contains(fixtures.city().name()).contains("Monitoring office");
    }

    @Test
    void theNetworksStatisticsLinkToTheAcceptedReportOnly() throws Exception {
        var links = links(page("/networks/" + fixtures.network().slug() + "/statistics"));

        assertThat(links)
                .containsExactly(new Link(
                        publicPage(accepted), fixtures.city().name() + ": report for the cycle Cycle 2023–2024"));
        assertThat(page(links.get(0).href())).contains("Monitoring office");
    }

    @Test
    void theStatisticsOfAnotherCycleLinkToNoReportOfTheCity() throws Exception {
        var submittedCycle = as(
                fixtures.coordinator(),
                () -> reports.report(notAccepted.get(0)).cycle().id());

        var page = page("/networks/" + fixtures.network().slug() + "/statistics?cycle=" + submittedCycle.value());

        assertThat(links(page)).isEmpty();
        assertThat(page).contains("No report accepted yet.");
        for (var report : notAccepted) {
            assertThat(page).doesNotContain(report.value().toString());
        }
    }

    @Test
    void noPublicPageExistsForAReportThatIsNotAccepted() throws Exception {
        for (var report : notAccepted) {
            mvc.perform(get(publicPage(report))).andExpect(status().isNotFound());
        }
    }

    private ReportId submitted(CycleId cycle) {
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, id);
        as(fixtures.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        return id;
    }

    private String publicPage(ReportId report) {
        return "/cities/" + fixtures.city().slug() + "/reports/" + report.value();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    record Link(String href, String text) {}

    private static List<Link> links(String html) {
        var links = new ArrayList<Link>();
        var matcher = LINK.matcher(html);
        while (matcher.find()) {
            links.add(new Link(matcher.group(1), matcher.group(2).strip()));
        }
        return links;
    }
}
