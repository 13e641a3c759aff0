package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.EventsSettled;
import org.equicity.city.TestCities;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Plans;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city assessing itself against a key factor of the EUROCITIES benchmark looks for what other cities do about it:
 * the designated practices and accepted report actions of other cities, classified under the key factor through the
 * crosswalk or reporting a plan action tagged with it, in the reader's language; nothing unpublished, and never the
 * city's own work.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExamplesWebTests {

    static final String KF3 = "eurocities-benchmark-key-factors@2012:kf3";
    static final String KF3_PAGE = "/frameworks/eurocities-benchmark-key-factors/2012/items/kf3/examples";
    static final String KF11_PAGE = "/frameworks/eurocities-benchmark-key-factors/2012/items/kf11/examples";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    PracticeWorld.Member model;
    PracticeWorld.Member reader;
    PracticeId leadershipPledge;
    /** Titles carry it: the database holds the examples of every test before. */
    String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        world = new PracticeWorld(context);
        model = world.member("Vorbildstadt", "AT");
        reader = world.member("Leserstadt", "DE");
        // ICI's field of action "leadership" is related to key factor 3 by the crosswalk
        leadershipPledge =
                world.designated(model, content("Leadership pledge " + run, List.of("leadership"), "1", null, 2024));
        world.underReview(
                model, content("Leadership draft under review " + run, List.of("leadership"), "1", null, 2024));
        world.submitted(model, content("Leadership draft submitted " + run, List.of("leadership"), "1", null, 2024));
        world.declined(model, content("Leadership declined " + run, List.of("leadership"), "1", null, 2024));
        world.designated(reader, content("Own leadership charter " + run, List.of("leadership"), "1", null, 2024));
        world.designated(model, content("Anti-rumour campaign " + run, List.of("anti-rumours"), "1", null, 2024));
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theKeyFactorOffersDesignatedPracticesOfOtherCitiesFoundThroughTheCrosswalkAndNothingUnpublished()
            throws Exception {
        var page = body(get(KF3_PAGE + "?city=" + reader.city().slug()).header("Accept-Language", "en"));

        assertThat(page)
                .contains("Examples from other cities: Coordination and governance")
                .contains("Leadership pledge " + run)
                .contains("Vorbildstadt")
                .doesNotContain("Leadership draft under review " + run)
                .doesNotContain("Leadership draft submitted " + run)
                .doesNotContain("Leadership declined " + run)
                .doesNotContain("Own leadership charter " + run)
                .doesNotContain("Anti-rumour campaign " + run);
    }

    @Test
    void theReadersOwnCityIsLeftOutWithoutBeingNamed() throws Exception {
        var anonymous = body(get(KF3_PAGE));
        var asReader = body(get(KF3_PAGE).with(user(reader.coordinator())));

        assertThat(anonymous).contains("Own leadership charter " + run).contains("Leadership pledge " + run);
        assertThat(asReader).doesNotContain("Own leadership charter " + run).contains("Leadership pledge " + run);
    }

    @Test
    void anAcceptedActionCountsThroughItsClassificationAndThroughTheKeyFactorItsPlanActionWasTaggedWith()
            throws Exception {
        var accepted = ReportFixtures.create(context);
        retitle(accepted, "Equality pledge of the mayor " + run, List.of(KF3));
        var acceptedReport = accepted.acceptedReport(context, "Cycle 2024");
        var submittedOnly = ReportFixtures.create(context);
        retitle(submittedOnly, "Pledge still under review " + run, List.of(KF3));
        var cycle = submittedOnly.openCycle(context, "Cycle 2024", 2023);
        var reports = context.getBean(Reports.class);
        var report = TestCities.as(
                submittedOnly.coordinator(),
                () -> reports.startReport(cycle, submittedOnly.city().id()));
        submittedOnly.explainAll(context, report);
        TestCities.as(
                submittedOnly.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));

        var keyFactor3 = body(get(KF3_PAGE).header("Accept-Language", "en"));
        // the action's field of activity "monitoring" is related to key factor 11
        var keyFactor11 = body(get(KF11_PAGE).header("Accept-Language", "en"));
        var forTheCityItself = body(get(KF3_PAGE + "?city=" + accepted.city().slug()));

        var link = "/cities/" + accepted.city().slug() + "/reports/" + acceptedReport.value();
        assertThat(keyFactor3)
                .contains("Equality pledge of the mayor " + run)
                .contains(link)
                .contains("Objectives of Monitoring office")
                .doesNotContain("Pledge still under review " + run);
        assertThat(keyFactor11)
                .contains("Equality pledge of the mayor " + run)
                .doesNotContain("Pledge still under review " + run);
        assertThat(forTheCityItself).doesNotContain("Equality pledge of the mayor " + run);
    }

    @Test
    void examplesAreReadInTheReadersLanguageWithTheTranslationMarked() throws Exception {
        var title = new FieldRef(Practices.TRANSLATION_OWNER, leadershipPledge.value(), "title");
        // the practice's texts are recorded in the background once it is saved; a correction needs them
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(Translations.class).correct(title, "fr", "Engagement de la direction"));

        var page = body(get(KF3_PAGE).header("Accept-Language", "fr"));

        assertThat(page)
                .contains("Coordination et gouvernance")
                .contains("<span lang=\"fr\">Engagement de la direction</span>")
                .contains("Traduit par une personne");
    }

    @Test
    void theApiGivesTheSameExamplesWithTheirTextsAsTheReaderGetsThem() throws Exception {
        var json = JsonMapper.builder()
                .build()
                .readTree(body(get("/api/v1/frameworks/eurocities-benchmark-key-factors/2012/items/kf3/examples?city="
                                + reader.city().id().value())
                        .header("Accept-Language", "en")));

        assertThat(json.get("item").asString()).isEqualTo(KF3);
        var titles = json.get("practices")
                .valueStream()
                .map(practice -> practice.get("title").get("text").asString())
                .toList();
        assertThat(titles)
                .contains("Leadership pledge " + run)
                .doesNotContain(
                        "Own leadership charter " + run,
                        "Leadership draft under review " + run,
                        "Anti-rumour campaign " + run);
        var pledge = json.get("practices")
                .valueStream()
                .filter(practice -> practice.get("id")
                        .asString()
                        .equals(leadershipPledge.value().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(pledge.get("title").get("originalLanguage").asString()).isEqualTo("de");
        assertThat(pledge.get("href").asString()).isEqualTo("/practices/" + leadershipPledge.value());
    }

    @Test
    void anUnknownFrameworkOrItemIsNotFound() throws Exception {
        mvc.perform(get("/frameworks/eurocities-benchmark-key-factors/2012/items/kf99/examples"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/no-such/2012/items/kf3/examples")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/BAD/x/items/kf3/examples")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/frameworks/eurocities-benchmark-key-factors/2012/items/kf99/examples"))
                .andExpect(status().isNotFound());
        mvc.perform(get(KF3_PAGE + "?city=no-such-city")).andExpect(status().isNotFound());
    }

    /** The fixture's action of 2024, retitled and tagged, as the city's coordinator. */
    private void retitle(ReportFixtures fixtures, String title, List<String> tags) {
        var plans = context.getBean(Plans.class);
        TestCities.as(fixtures.coordinator(), () -> {
            var action = plans.plan(fixtures.plan()).commitments().stream()
                    .flatMap(commitment -> commitment.actions().stream())
                    .filter(candidate -> candidate.id().equals(fixtures.actionIn2024()))
                    .findFirst()
                    .orElseThrow();
            plans.updateAction(
                    fixtures.plan(),
                    action.id(),
                    action.version(),
                    new ActionContent(
                            title,
                            "Objectives of Monitoring office",
                            "information-advice",
                            List.of(),
                            List.of("monitoring"),
                            List.of(),
                            null,
                            List.of(),
                            null,
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 12, 31),
                            null,
                            ActionStatus.IN_PROGRESS,
                            40,
                            List.of(),
                            tags,
                            null));
        });
    }
}
