package org.equicity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

// The configuration of BackupAndRestoreTests (the translation worker off), so that both share one cached context.
@SpringBootTest(properties = "equicity.translation.worker.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Tag("database")
class DemoContentTests {

    @Autowired
    DemoContent demo;

    @Autowired
    Networks networks;

    @Autowired
    Cities cities;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthenticationProvider login;

    @Test
    void theDemoProfileLoadsAFictionalNetworkWithTwoCitiesAndTheirDepartments() {
        var network = networks.findBySlug(DemoContent.NETWORK).orElseThrow();
        assertThat(network.name()).contains("fictional");
        assertThat(network.frameworks()).isNotEmpty();
        assertThat(networks.members(network.id()))
                .extracting(Networks.Member::citySlug)
                .containsExactlyInAnyOrderElementsOf(DemoContent.CITIES);
        for (var slug : DemoContent.CITIES) {
            var city = cities.findBySlug(slug).orElseThrow();
            assertThat(city.name()).contains("fictional");
            assertThat(cities.departments(city.id())).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void everyDemoAccountSignsInWithThePrintedPassword() throws Exception {
        var accounts = new ArrayList<String>();
        accounts.add(DemoContent.ADMIN);
        accounts.add(DemoContent.SECRETARIAT);
        accounts.add(DemoContent.REVIEWER);
        for (var city : DemoContent.CITIES) {
            for (var role : new String[] {"coordinator", "department", "partner"}) {
                accounts.add(DemoContent.cityAccount(role, city));
            }
        }
        for (var account : accounts) {
            mvc.perform(formLogin("/login").userParameter("email").user(account).password(DemoContent.PASSWORD))
                    .andExpect(authenticated().withUsername(account));
        }
    }

    @Test
    void oneCityHasAnAdoptedPlanThePublicReadsTheOtherADraftThePublicDoesNotSee() throws Exception {
        mvc.perform(get("/cities/beispielstadt/plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktionsplan gegen Rassismus 2025–2027")));
        mvc.perform(get("/cities/villa-ejemplo/plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Plan de acción contra el racismo"))));
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        var before = cities.all().size();
        demo.run(new DefaultApplicationArguments());
        assertThat(cities.all()).hasSize(before);
        assertThat(networks.all()).hasSize(1);
    }

    @Test
    void beispielstadtPublishedAMonitoringReportWhoseConfidentialFindingsStayWithTheCity() throws Exception {
        mvc.perform(get("/cities/beispielstadt/monitoring"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elf Dienststellen haben Auskunft gegeben.")))
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(not(containsString("Vertraulich"))));
        mvc.perform(get("/networks/" + DemoContent.NETWORK + "/statistics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verwaltungsinternes Diskriminierungsmonitoring 2024")))
                .andExpect(content().string(not(containsString("Vertraulich"))));
    }

    @Test
    void beispielstadtsMonitoringCollectedASurveyARoundTableStaffCountsAndIncidents() throws Exception {
        var publicPage = mvc.perform(get("/cities/beispielstadt/monitoring"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var programme = Pattern.compile("/monitoring/([0-9a-f-]{36})\\.pdf").matcher(publicPage);
        assertThat(programme.find()).isTrue();
        var coordinator = authentication(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoContent.cityAccount("coordinator", "beispielstadt"), DemoContent.PASSWORD)));
        var data = mvc.perform(get("/manage/cities/beispielstadt/monitoring/" + programme.group(1) + "/data")
                        .with(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Runde Tische mit Initiativen und Beratungsstellen")))
                .andExpect(content().string(containsString("Vielfalt der Beschäftigten")))
                .andExpect(content().string(containsString("Fälle der Antidiskriminierungsberatung")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var survey = Pattern.compile("/monitoring/data/([0-9a-f-]{36})\">Anonyme Befragung")
                .matcher(data);
        assertThat(survey.find()).isTrue();
        mvc.perform(get("/manage/cities/beispielstadt/monitoring/data/" + survey.group(1) + "/survey/results")
                        .with(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("24")))
                .andExpect(content().string(containsString("Bürgerbüro und Wohnungsvergabe")));
    }

    @Test
    void beispielstadtsDepartmentAnsweredAnInformationRequestWithATableAttached() throws Exception {
        var department = authentication(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoContent.cityAccount("department", "beispielstadt"), DemoContent.PASSWORD)));
        var mine = mvc.perform(get("/manage/cities/beispielstadt/monitoring/requests/mine")
                        .with(department))
                .andExpect(content().string(containsString("Auskunftsersuchen: Leistungen und Diskriminierung")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var request = Pattern.compile("/monitoring/requests/([0-9a-f-]{36})").matcher(mine);
        assertThat(request.find()).isTrue();
        mvc.perform(get("/manage/cities/beispielstadt/monitoring/requests/" + request.group(1))
                        .with(department))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beratungsfaelle.csv")));
    }

    @Test
    void beispielstadtPublishedAPeerReviewOfItsBaselineWithoutWhatWasHeard() throws Exception {
        var list = mvc.perform(get("/cities/beispielstadt/peer-reviews"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Peer-Review der Ausgangsbasis 2025")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var link = Pattern.compile("href=\"(/cities/beispielstadt/peer-reviews/[0-9a-f-]{36})\"")
                .matcher(list);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eine eigene Beschwerdestelle einrichten")))
                .andExpect(content().string(containsString("Migrationsbeirat")))
                .andExpect(content().string(not(containsString("nicht bei der Stadt"))));
    }
    /**
     * Framework versions are named, never shown by their id: the pages the coordinator and the secretariat reach from
     * their start pages, in one step, show no {@code eccar-commitments@2023} in their text (links may carry ids).
     */
    @Test
    void noPageTheDemoPeopleReachShowsAFrameworkId() throws Exception {
        var frameworkId = Pattern.compile("[a-z][a-z0-9-]*@(19|20)\\d\\d");
        var seen = new java.util.LinkedHashSet<String>();
        for (var account : List.of(DemoContent.cityAccount("coordinator", "beispielstadt"), DemoContent.SECRETARIAT)) {
            var person = authentication(login.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(account, DemoContent.PASSWORD)));
            var pages = new ArrayList<>(List.of("/me", "/cities/beispielstadt", "/manage/cities/beispielstadt"));
            for (var start : List.copyOf(pages)) {
                var links = Pattern.compile("href=\"(/(?:manage|cities|networks|me)[^\"?#.]*)\"")
                        .matcher(page(start, person));
                while (links.find() && pages.size() < 40) {
                    if (!pages.contains(links.group(1))) {
                        pages.add(links.group(1));
                    }
                }
            }
            for (var path : pages) {
                if (seen.add(account + path)) {
                    var text = page(path, person)
                            .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                            .replaceAll("<[^>]*>", " ");
                    assertThat(frameworkId.matcher(text).results().map(MatchResult::group))
                            .as(path)
                            .isEmpty();
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    private String page(String path, RequestPostProcessor person) throws Exception {
        return mvc.perform(get(path).with(person)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
