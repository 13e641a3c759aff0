package org.equicity.assessment.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.assessment.AssessmentId;
import org.equicity.assessment.Assessments;
import org.equicity.assessment.Assessments.Kind;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coordinator assesses the city's plan (step 12): starts the yearly follow-up, records per action how it was
 * assessed (a method of the data file, in the reader's language), what was found, what the indicators show and the
 * lessons learnt; is reminded on "My work" while the plan's review is overdue, until the final assessment; and starts
 * the next plan from it. Another city's people, and department contacts, cannot write it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Assessments assessments;

    Story mine;
    Story theirs;
    int thisYear;

    /** A city with a plan adopted five years ago with two actions, its coordinator and a department contact. */
    record Story(TestCity city, UserDetails coordinator, UserDetails contact, PlanId plan, List<ActionId> actions) {

        String base() {
            return "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/assessment";
        }
    }

    Story story(String title) {
        var plans = context.getBean(Plans.class);
        var city = PlanFixtures.city(context);
        var coordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        var contact = TestPeople.holding(
                context,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        return as(coordinator, () -> {
            var plan = plans.create(new NewPlan(
                    city.city().id(),
                    new PlanDetails(title, thisYear - 5, thisYear + 1, null),
                    PlanFixtures.COMMITMENTS,
                    PlanFixtures.TRACKS,
                    null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("2", city));
            var first = plans.addAction(
                    plan, commitment, PlanFixtures.action("Training for staff", ActionStatus.PLANNED, city, List.of()));
            var second = plans.addAction(
                    plan, commitment, PlanFixtures.action("Counselling office", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            return new Story(city, coordinator, contact, plan, List.of(first, second));
        });
    }

    @BeforeEach
    void setUp() {
        thisYear = Year.now().getValue();
        mine = story("Plan against racism " + UUID.randomUUID());
        theirs = story("Their plan " + UUID.randomUUID());
    }

    String startFollowUp(Story story) throws Exception {
        var location = mvc.perform(post(story.base())
                        .with(user(story.coordinator()))
                        .with(csrf())
                        .param("kind", "FOLLOW_UP")
                        .param("year", String.valueOf(thisYear)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(story.base() + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The assessment as stored, read as the city's coordinator. */
    Assessments.AssessmentView stored(Story story, String id) {
        return as(story.coordinator(), () -> assessments.assessment(new AssessmentId(UUID.fromString(id))));
    }

    long version(String id) {
        return stored(mine, id).version();
    }

    MockHttpServletRequestBuilder saveRows(
            Story story, String assessment, long version, String method, ActionId action) {
        return post(story.base() + "/" + assessment)
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("summary", "Half of the actions ran as planned.")
                .param("rows[0].action", action.value().toString())
                .param("rows[0].method", method)
                .param("rows[0].findings", "120 employees trained; waiting lists for the second course")
                .param("rows[0].indicators", "Complaints about staff fell from 40 to 31")
                .param("rows[0].lessons", "Train managers first");
    }

    @Test
    void theCoordinatorAssessesEachActionWithAMethodInTheReadersLanguage() throws Exception {
        mvc.perform(get(mine.base()).locale(Locale.ENGLISH).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No assessment yet.")));
        var id = startFollowUp(mine);
        mvc.perform(get(mine.base() + "/" + id).locale(Locale.ENGLISH).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Training for staff")))
                .andExpect(content().string(containsString("Counselling office")))
                .andExpect(content().string(containsString("Survey of participants")))
                .andExpect(content().string(containsString("Situation testing")));

        mvc.perform(saveRows(
                                mine,
                                id,
                                version(id),
                                "participant-survey",
                                mine.actions().get(0))
                        .with(user(mine.coordinator())))
                .andExpect(status().is3xxRedirection());

        var stored = stored(mine, id);
        assertThat(stored.kind()).isEqualTo(Kind.FOLLOW_UP);
        assertThat(stored.finding(mine.actions().get(0))).hasValueSatisfying(finding -> {
            assertThat(finding.method()).isEqualTo("participant-survey");
            assertThat(finding.indicators()).isEqualTo("Complaints about staff fell from 40 to 31");
            assertThat(finding.lessons()).isEqualTo("Train managers first");
        });
        assertThat(stored.content().language()).isEqualTo("de");
        // the department contact reads it, with the method's label in German
        mvc.perform(get(mine.base() + "/" + id).locale(Locale.GERMAN).with(user(mine.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Befragung der Teilnehmenden")))
                .andExpect(content().string(containsString("Train managers first")))
                .andExpect(content().string(not(containsString("<textarea"))));
    }

    @Test
    void aMethodNotInTheDataFileAndAnotherPlansActionAreRefusedBesideTheField() throws Exception {
        var id = startFollowUp(mine);
        var started = version(id);
        mvc.perform(saveRows(mine, id, started, "astrology", mine.actions().get(0))
                        .locale(Locale.ENGLISH)
                        .with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("astrology is not a method of assessment.")))
                .andExpect(content().string(containsString("120 employees trained")));
        mvc.perform(saveRows(mine, id, started, "interviews", theirs.actions().get(0))
                        .locale(Locale.ENGLISH)
                        .with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A finding must be about an action of this plan, once.")));
        mvc.perform(post(mine.base())
                        .locale(Locale.ENGLISH)
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param("kind", "FOLLOW_UP")
                        .param("year", String.valueOf(thisYear)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The plan already has this assessment.")));
        assertThat(version(id)).isEqualTo(started);
    }

    @Test
    void aConcurrentSaveShowsTheFormAgainOverTheStoredVersion() throws Exception {
        var id = startFollowUp(mine);
        var started = version(id);
        mvc.perform(saveRows(mine, id, started, "interviews", mine.actions().get(0))
                        .with(user(mine.coordinator())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(saveRows(mine, id, started, "questionnaire", mine.actions().get(0))
                        .locale(Locale.ENGLISH)
                        .with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this assessment in the meantime")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
    }

    @Test
    void theReviewIsOverdueOnMyWorkUntilTheFinalAssessmentAndTheNextPlanStartsFromIt() throws Exception {
        mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plans due for review")))
                .andExpect(content().string(containsString("review overdue since Jan 1, " + (thisYear - 3))))
                .andExpect(content().string(containsString(mine.base())));
        mvc.perform(post(mine.base() + "/review")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param("everyYears", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(as(mine.coordinator(), () -> assessments.ofPlan(mine.plan()))
                        .reviewDue()
                        .getYear())
                .isEqualTo(thisYear - 2);

        var id = mvc.perform(post(mine.base())
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param("kind", "FINAL")
                        .param("year", String.valueOf(thisYear)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(mine.base()))));
        mvc.perform(get(mine.base()).locale(Locale.ENGLISH).with(user(mine.coordinator())))
                .andExpect(content().string(containsString("Final assessment " + thisYear)))
                .andExpect(content()
                        .string(containsString(
                                "/plans/new?previous=" + mine.plan().value())));
        mvc.perform(get("/manage/cities/" + mine.city().city().slug() + "/plans/new")
                        .param("previous", mine.plan().value().toString())
                        .locale(Locale.ENGLISH)
                        .with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read the assessment of the plan this one builds on")))
                .andExpect(content().string(containsString(mine.base())));
        assertThat(id).startsWith(mine.base());
    }

    @Test
    void anotherCitysPeopleAndDepartmentContactsCannotWriteIt() throws Exception {
        var id = startFollowUp(mine);
        var started = version(id);
        mvc.perform(get(mine.base()).with(user(theirs.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(mine.base() + "/" + id).with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(post(mine.base())
                        .with(user(theirs.coordinator()))
                        .with(csrf())
                        .param("kind", "FINAL")
                        .param("year", String.valueOf(thisYear)))
                .andExpect(status().isForbidden());
        mvc.perform(saveRows(mine, id, started, "interviews", mine.actions().get(0))
                        .with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(saveRows(mine, id, started, "interviews", mine.actions().get(0))
                        .with(user(mine.contact())))
                .andExpect(status().isForbidden());
        // their own city's address does not lead to my plan's assessment either
        mvc.perform(get("/manage/cities/" + theirs.city().city().slug() + "/plans/"
                                + mine.plan().value() + "/assessment/" + id)
                        .with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                                put("/api/v1/assessments/" + id),
                                body(started, mine.actions().get(0)))
                        .with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/plans/" + mine.plan().value() + "/review-schedule"), "{\"everyYears\":3}")
                        .with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/" + mine.plan().value() + "/assessments"))
                .andExpect(status().isUnauthorized());
        assertThat(version(id)).isEqualTo(started);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    static String body(long version, ActionId action) {
        return """
                {"version": %d, "summary": "Summary", "findings": [
                  {"action": "%s", "method": "document-review", "findings": "Read the files",
                   "indicators": "Fewer complaints", "lessons": "Start earlier"}]}""".formatted(version, action.value());
    }

    @Test
    void machinesAssessThroughTheApiWithTheSameRules() throws Exception {
        var plan = "/api/v1/plans/" + mine.plan().value();
        var location = mvc.perform(
                        json(post(plan + "/assessments"), "{\"kind\":\"FOLLOW_UP\",\"year\":" + thisYear + "}")
                                .with(user(mine.coordinator())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var started = version(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(json(put(location), body(started, mine.actions().get(1))).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(started + 1))
                .andExpect(jsonPath("$.findings[0].method").value("document-review"));
        mvc.perform(json(put(location), body(started, mine.actions().get(1))).with(user(mine.coordinator())))
                .andExpect(status().isConflict());
        mvc.perform(json(put(location), body(started + 1, theirs.actions().get(0)))
                        .with(user(mine.coordinator())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(put(location), body(started + 1, mine.actions().get(1)).replace("document-review", "tarot"))
                        .with(user(mine.coordinator())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(json(put(plan + "/review-schedule"), "{\"everyYears\":5}").with(user(mine.coordinator())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(json(post(plan + "/assessments"), "{\"kind\":\"FOLLOW_UP\",\"year\":1900}")
                        .with(user(mine.coordinator())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get(plan + "/assessments").with(user(mine.contact())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewEveryYears").value(2))
                .andExpect(jsonPath("$.reviewOverdue").value(true))
                .andExpect(jsonPath("$.assessments[0].kind").value("FOLLOW_UP"));
    }
}
