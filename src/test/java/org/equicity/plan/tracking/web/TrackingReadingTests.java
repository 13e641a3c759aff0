package org.equicity.plan.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateView;
import org.equicity.plan.tracking.TrackingTexts;
import org.equicity.translation.LanguageWarning;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Progress updates and meetings record the language they are written in and are read in the reader's language: the
 * adopted German plan of a German city, whose texts the recording LibreTranslate stand-in translates into English
 * (writing "EN " before what it translates).
 */
class TrackingReadingTests extends TranslationTestContext {

    static final String NARRATIVE = "Die Beratungsstelle hat im Mai eröffnet";
    static final String MINUTES = "Alle Maßnahmen liegen im Zeitplan";
    static final String SPANISH =
            "La oficina de atención a las víctimas abrió en mayo y ya recibió más de cien consultas de vecinos.";
    static final String GERMAN =
            "Die Beratungsstelle hat im Mai eröffnet und schon mehr als hundert Anfragen aus der Nachbarschaft erhalten.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    @Autowired
    PlanTracking tracking;

    @Autowired
    Translations translations;

    TestCity city;
    UserDetails coordinator;
    PlanId plan;
    ActionId action;
    ActionId silent;
    String base;

    @BeforeEach
    void anAdoptedGermanPlan() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        as(coordinator, () -> {
            plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Beratungsstelle", ActionStatus.PLANNED, city, List.of()));
            silent = plans.addAction(
                    plan, commitment, PlanFixtures.action("Meldeportal", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
        });
        base = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value();
    }

    private ProgressUpdateView latestUpdate() {
        return as(
                coordinator,
                () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                        .updates()
                        .get(0));
    }

    private MeetingContent latestMeeting() {
        return as(coordinator, () -> tracking.meetings(plan).get(0).content());
    }

    private String page(String path, String language, boolean originals) throws Exception {
        var request = get(path + "?lang=" + language).with(user(coordinator));
        if (originals) {
            request = request.param("originals", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** An API request of the city's coordinator. */
    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path)
                .with(user(coordinator))
                .with(csrf())
                .contentType("application/json")
                .content(json));
    }

    @Test
    void theFormsOfferThePlansLanguageAndStoreTheChosenOne() throws Exception {
        assertThat(page(base + "/actions/" + action.value() + "/progress", "en", false))
                .contains("<select id=\"language\"")
                .contains("<option value=\"de\" selected=\"selected\">");
        assertThat(page(base + "/meetings", "en", false))
                .contains("<select id=\"language\"")
                .contains("<option value=\"de\" selected=\"selected\">");

        mvc.perform(post(base + "/actions/" + action.value() + "/progress")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("reportedOn", "2025-06-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "40")
                        .param("narrative", "La oficina abrió en mayo")
                        .param("language", "es"))
                .andExpect(status().is3xxRedirection());
        var update = latestUpdate();
        assertThat(update.report().language()).isEqualTo("es");
        textsRecorded();
        assertThat(translations
                        .read(
                                TrackingTexts.of(update.id(), update.report())
                                        .keySet()
                                        .iterator()
                                        .next(),
                                "en")
                        .sourceLanguage())
                .as("translated from the language chosen")
                .isEqualTo("es");

        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("heldOn", "2025-05-20")
                        .param("kind", "YEARLY_FOLLOW_UP")
                        .param("minutes", "All actions on track")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(latestMeeting().language()).isEqualTo("en");

        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("heldOn", "2025-06-20")
                        .param("kind", "DEPARTMENT_MEETING")
                        .param("minutes", MINUTES))
                .andExpect(status().is3xxRedirection());
        assertThat(latestMeeting().language())
                .as("left out, the plan's language")
                .isEqualTo("de");
    }

    @Test
    void anUnknownLanguageIsShownNextToTheFormAndNothingIsStored() throws Exception {
        mvc.perform(post(base + "/actions/" + action.value() + "/progress")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("reportedOn", "2025-06-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "40")
                        .param("narrative", NARRATIVE)
                        .param("language", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a language code")));
        assertThat(as(
                        coordinator,
                        () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                                .updates()))
                .isEmpty();
    }

    @Test
    void aSpanishUpdateSavedAsGermanIsFlaggedAfterPostingAndAGermanOneIsNot() throws Exception {
        var progress = base + "/actions/" + action.value() + "/progress";
        var session = mvc.perform(post(progress)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("reportedOn", "2025-06-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "40")
                        .param("narrative", SPANISH)
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var posted = latestUpdate();
        assertThat(posted.report().narrative())
                .as("the warning never stands in the way of the save")
                .isEqualTo(SPANISH);
        var correction = progress + "#update-" + posted.id().value();
        assertThat(session.getFlashMap().get("languageWarning")).isEqualTo(new LanguageWarning("es", "de", correction));
        var html = mvc.perform(get(progress)
                        .param("lang", "en")
                        .with(user(coordinator))
                        .cookie(session.getResponse().getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("This text looks like Spanish, but it is recorded as German.")
                .contains("href=\"" + correction + "\"")
                .contains("id=\"update-" + posted.id().value() + "\"")
                .contains("action=\"" + progress + "/" + posted.id().value() + "/language\"");

        mvc.perform(post(progress)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("reportedOn", "2025-07-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "50")
                        .param("narrative", GERMAN)
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("notice", "plan.notice.update-posted"));

        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("heldOn", "2025-05-20")
                        .param("kind", "YEARLY_FOLLOW_UP")
                        .param("minutes", SPANISH)
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "languageWarning",
                                new LanguageWarning(
                                        "es",
                                        "de",
                                        base + "/meetings#meeting-"
                                                + as(coordinator, () -> tracking.meetings(plan))
                                                        .get(0)
                                                        .id()
                                                        .value())));
    }

    @Test
    void aMachineTranslatedUpdateAndMeetingAreShownMarkedWithTheOriginalOnToggle() throws Exception {
        as(coordinator, () -> {
            tracking.postUpdate(
                    plan,
                    action,
                    new ProgressReport(
                            LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 40, NARRATIVE, null, List.of(), null));
            tracking.recordMeeting(
                    plan,
                    new MeetingContent(
                            LocalDate.of(2025, 5, 20),
                            MeetingKind.YEARLY_FOLLOW_UP,
                            null,
                            MINUTES,
                            List.of(action),
                            null));
        });
        runWorker(context);
        var progress = base + "/actions/" + action.value() + "/progress";

        assertThat(page(progress, "en", false))
                .contains("<span lang=\"en\" class=\"pre-line\">EN " + NARRATIVE + "</span>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN " + MINUTES + "</span>")
                .contains("Machine-translated from German")
                .contains("<details class=\"translation-note\">")
                .contains("lang=\"de\">" + NARRATIVE + "</p>")
                .contains("Some texts on this page are machine-translated")
                .contains("href=\"" + progress + "?lang=en&amp;originals=true\"");
        assertThat(page(progress, "en", true))
                .doesNotContain("EN " + NARRATIVE)
                .doesNotContain("Machine-translated from")
                .contains("<span lang=\"de\" class=\"pre-line\">" + NARRATIVE + "</span>")
                .contains("All texts are shown as written");
        assertThat(page(progress, "de", false))
                .as("a reader of the original's language reads it as written")
                .contains(NARRATIVE)
                .doesNotContain("EN " + NARRATIVE);

        assertThat(page(base + "/meetings", "en", false))
                .contains("EN " + MINUTES)
                .contains("lang=\"de\">" + MINUTES + "</p>");
    }

    @Test
    void theProgressPagesNameTheActionsInTheReadersLanguage() throws Exception {
        runWorker(context);

        var html = mvc.perform(get("/cities/" + city.city().slug() + "/plans/" + plan.value() + "/progress")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<span lang=\"en\">EN Meldeportal</span>")
                .contains("Machine-translated from German")
                .contains("Show all texts as written");
        assertThat(page(base + "/progress", "en", false)).contains("<span lang=\"en\">EN Meldeportal</span>");
        assertThat(page(base + "/actions/" + silent.value() + "/progress", "en", false))
                .as("the tab's title and the way back to the plan")
                .contains("<title>Progress of &quot;EN Meldeportal&quot;")
                .contains("<span lang=\"en\">EN Action plan against racism</span>");
        assertThat(page(base + "/meetings", "en", false))
                .contains("<title>Meetings: EN Action plan against racism")
                .contains("<span lang=\"en\">EN Action plan against racism</span>");
    }

    @Test
    void theApiTakesAndTellsTheLanguageOfUpdatesAndMeetings() throws Exception {
        var updates = "/api/v1/plans/" + plan.value() + "/actions/" + action.value() + "/progress-updates";
        var body = "{\"reportedOn\":\"2025-06-30\",\"status\":\"IN_PROGRESS\",\"progress\":40,"
                + "\"narrative\":\"La oficina abrió en mayo\"";
        postJson(updates, body + ",\"language\":\"xx\"}").andExpect(status().isUnprocessableContent());
        postJson(updates, body + ",\"language\":\"es\"}").andExpect(status().isCreated());
        postJson(updates, body.replace("2025-06-30", "2025-07-30") + "}").andExpect(status().isCreated());
        mvc.perform(get(updates).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reportedOn").value("2025-07-30"))
                .andExpect(jsonPath("$[0].language").value("de"))
                .andExpect(jsonPath("$[1].language").value("es"));

        var meetings = "/api/v1/plans/" + plan.value() + "/meetings";
        postJson(
                        meetings,
                        "{\"heldOn\":\"2025-05-20\",\"kind\":\"YEARLY_FOLLOW_UP\","
                                + "\"minutes\":\"All on track\",\"language\":\"en\"}")
                .andExpect(status().isCreated());
        postJson(
                        meetings,
                        "{\"heldOn\":\"2025-06-20\",\"kind\":\"DEPARTMENT_MEETING\",\"minutes\":\"" + MINUTES + "\"}")
                .andExpect(status().isCreated());
        mvc.perform(get(meetings).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].language").value("de"))
                .andExpect(jsonPath("$[1].language").value("en"));
    }

    @Test
    void aWronglyRecordedLanguageIsCorrectedByWhoMayWriteTheTextAndTranslatedAgain() throws Exception {
        var otherCity = PlanFixtures.city(context);
        var coordinatorOfOtherCity = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, otherCity.city().id()));
        var contact = PlanFixtures.contact(context, city);
        var update = as(
                coordinator,
                () -> tracking.postUpdate(
                        plan,
                        action,
                        new ProgressReport(
                                LocalDate.of(2025, 6, 30),
                                ActionStatus.IN_PROGRESS,
                                40,
                                SPANISH,
                                null,
                                List.of(),
                                "de")));
        var meeting = as(
                coordinator,
                () -> tracking.recordMeeting(
                        plan,
                        new MeetingContent(
                                LocalDate.of(2025, 5, 20),
                                MeetingKind.YEARLY_FOLLOW_UP,
                                null,
                                SPANISH,
                                List.of(),
                                "de")));
        var updateLanguage = base + "/actions/" + action.value() + "/progress/" + update.value() + "/language";
        var meetingLanguage = base + "/meetings/" + meeting.value() + "/language";

        mvc.perform(post(updateLanguage)
                        .with(user(coordinatorOfOtherCity))
                        .with(csrf())
                        .param("language", "es"))
                .andExpect(status().isForbidden());
        mvc.perform(post(meetingLanguage)
                        .with(user(coordinatorOfOtherCity))
                        .with(csrf())
                        .param("language", "es"))
                .andExpect(status().isForbidden());
        mvc.perform(post(meetingLanguage).with(user(contact)).with(csrf()).param("language", "es"))
                .andExpect(status().isForbidden());
        assertThat(latestUpdate().report().language()).isEqualTo("de");
        assertThat(latestMeeting().language()).isEqualTo("de");

        mvc.perform(post(updateLanguage).with(user(contact)).with(csrf()).param("language", "es"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.notice.language-saved"));
        mvc.perform(post(meetingLanguage).with(user(coordinator)).with(csrf()).param("language", "es"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.notice.language-saved"));

        var corrected = latestUpdate();
        assertThat(corrected.report().language()).isEqualTo("es");
        assertThat(corrected.report().narrative())
                .as("the text stays as posted")
                .isEqualTo(SPANISH);
        textsRecorded();
        assertThat(translations
                        .read(
                                TrackingTexts.of(corrected.id(), corrected.report())
                                        .keySet()
                                        .iterator()
                                        .next(),
                                "en")
                        .sourceLanguage())
                .isEqualTo("es");
        assertThat(latestMeeting().language()).isEqualTo("es");
        mvc.perform(post(meetingLanguage).with(user(coordinator)).with(csrf()).param("language", "xx"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "plan.rule.language"));
        assertThat(latestMeeting().language()).isEqualTo("es");
    }
}
