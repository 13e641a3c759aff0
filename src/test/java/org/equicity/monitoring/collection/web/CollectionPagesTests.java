package org.equicity.monitoring.collection.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
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
class CollectionPagesTests {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{24})");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMonitoring city;
    String data;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        data = "/manage/cities/" + city.city().city().slug() + "/monitoring/"
                + city.programme().value() + "/data";
    }

    String open(String kind, String title, String... more) throws Exception {
        var request = post(data)
                .with(user(city.coordinator()))
                .with(csrf())
                .param("datasetKind", kind)
                .param("title", title)
                .param("purpose", "Find out where services discriminate")
                .param("legalBasis", "Art. 6(1)(e) GDPR, council decision GR 2025/311")
                .param("consentMethod", "Voluntary; staff are informed of the purpose")
                .param("retentionMonths", "36")
                .param("audience", "COORDINATORS");
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void anOfficesIncidentsAreRecordedAsCodesAndShownOnlyProtected() throws Exception {
        mvc.perform(get(data).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open a dataset")));
        var incidents = open("INCIDENTS", "Counselling service cases", "districts", "Altstadt\nNordend");
        mvc.perform(post(incidents + "/incidents")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param(
                                "month",
                                LocalDate.now().minusMonths(1).toString().substring(0, 7))
                        .param("district", "Altstadt")
                        .param("grounds", "anti-black-racism")
                        .param("lifeSphere", "housing")
                        .param("incidentForm", "refusal-of-service")
                        .param("incidentResponse", "intervention"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(incidents + "/incidents")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("month", "2020-13")
                        .param("district", "Elsewhere"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(get(incidents).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refusal or unequal treatment")))
                .andExpect(content().string(containsString("Art. 6(1)(e) GDPR")))
                .andExpect(content().string(containsString("[s]")));

        var other = MonitoringFixtures.city(context);
        mvc.perform(get(incidents).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(post(incidents + "/incidents")
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .param("month", "2025-01")
                        .param("district", "Altstadt")
                        .param("grounds", "religion")
                        .param("lifeSphere", "housing")
                        .param("incidentForm", "insult")
                        .param("incidentResponse", "counselling"))
                .andExpect(status().isForbidden());
        var foreignPath =
                incidents.replace(city.city().city().slug(), other.city().city().slug());
        // under their own city's address the dataset is still refused: it is not theirs
        mvc.perform(get(foreignPath).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(incidents.replace(
                                city.city().city().slug(), other.city().city().slug()))
                        .with(user(city.coordinator())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRoundTableIsRecordedByActorGroupAndTheStaffFiguresByDepartmentAndGrade() throws Exception {
        var roundTables = open("CONVERSATIONS", "Round tables with NGOs");
        mvc.perform(post(roundTables + "/conversations")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("conversationKind", "ROUND_TABLE")
                        .param("heldOn", "2026-03-02")
                        .param("participants[0].actorGroup", "affected-civil-society")
                        .param("participants[0].count", "6")
                        .param("notes", "")
                        .param("issues", "Refusals at flat viewings"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in Notes.")));
        mvc.perform(post(roundTables + "/conversations")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("conversationKind", "ROUND_TABLE")
                        .param("heldOn", "2026-03-02")
                        .param("participants[0].actorGroup", "affected-civil-society")
                        .param("participants[0].count", "6")
                        .param("notes", "Where does racism occur?")
                        .param("issues", "Refusals at flat viewings\nLanguage barriers"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(roundTables).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Language barriers")));

        var staff = open("STAFF_DIVERSITY", "Staff diversity", "dimension", "breakdown-migration-background");
        var year = String.valueOf(LocalDate.now().getYear() - 1);
        mvc.perform(post(staff + "/staff")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("year", year)
                        .param("rows[0].department", city.housing().id().value().toString())
                        .param("rows[0].grade", "A")
                        .param("rows[0].category", "with-migration-background")
                        .param("rows[0].staff", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(staff).param("year", year).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Housing office")))
                .andExpect(content().string(not(containsString("<td>3</td>"))));
    }

    @Test
    void staffAnswerTheSurveyByTheirLinkWithoutSigningInAndOnlyOnce() throws Exception {
        var opened = open("SURVEY", "Inner-administrative survey");
        var survey = opened.substring(0, opened.length() - "/survey".length());
        mvc.perform(get(survey).with(user(city.coordinator()))).andExpect(redirectedUrl(survey + "/survey"));
        mvc.perform(post(survey + "/survey/questionnaire")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("questions[0].questionKind", "SINGLE_CHOICE")
                        .param("questions[0].text", "Does discrimination occur in your division?")
                        .param("questions[0].options", "Yes\nNo")
                        .param("questions[1].questionKind", "FREE_TEXT")
                        .param("questions[1].text", "Where would measures be necessary?"))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(post(survey + "/survey/links")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("count", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var tokens = new ArrayList<String>();
        var links = LINK.matcher(page);
        while (links.find()) {
            tokens.add(links.group(1));
        }
        org.assertj.core.api.Assertions.assertThat(tokens).hasSize(3);
        mvc.perform(post(survey + "/survey/opening")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/survey/" + tokens.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Does discrimination occur in your division?")));
        mvc.perform(post("/survey/" + tokens.get(0)).with(csrf()).param("answers[0].choices", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose among the options")));
        mvc.perform(post("/survey/" + tokens.get(0))
                        .with(csrf())
                        .param("answers[0].choices", "0")
                        .param("answers[1].text", "Housing allocation"))
                .andExpect(redirectedUrl("/survey/thanks"));
        mvc.perform(post("/survey/" + tokens.get(0)).with(csrf()).param("answers[0].choices", "1"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link cannot be used")));
        mvc.perform(get("/survey/not-a-token")).andExpect(status().isNotFound());

        mvc.perform(get(survey + "/survey").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fewer than 10 responses")))
                .andExpect(content().string(not(containsString("links not used yet"))));
        mvc.perform(get(survey + "/survey/results").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Housing allocation"))));
        mvc.perform(get(survey + "/survey").with(user(city.housingContact()))).andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesAnotherCityAndTheDataProtectionOfficerGetsTheList() throws Exception {
        var programme = "/api/v1/monitoring/programmes/" + city.programme().value() + "/datasets";
        var body = """
                {"kind":"CONVERSATIONS","title":"Interviews with residents",
                 "protection":{"purpose":"Illustrate real life situations","legalBasis":"Consent, Art. 6(1)(a) GDPR",
                 "retentionMonths":24,"audience":"COORDINATORS"}}""";
        mvc.perform(post(programme)
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        var other = MonitoringFixtures.city(context);
        mvc.perform(post(programme)
                        .with(user(other.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(programme)
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("24", "0")))
                .andExpect(status().isUnprocessableEntity());
        var cityId = city.city().city().id().value();
        mvc.perform(get("/api/v1/cities/" + cityId + "/monitoring/data-protection")
                        .with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datasets[0].protection.legalBasis").value("Consent, Art. 6(1)(a) GDPR"))
                .andExpect(jsonPath("$.datasets[0].protection.retentionMonths").value(24));
        mvc.perform(get("/api/v1/cities/" + cityId + "/monitoring/data-protection")
                        .with(user(other.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/cities/" + city.city().city().slug() + "/monitoring/data-protection.csv")
                        .with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Consent, Art. 6(1)(a) GDPR")));
    }
}
