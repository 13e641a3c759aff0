package org.equicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.report.Reports;
import org.equicity.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People sign in and land on their work list, which shows what waits for them in the roles they hold, each entry a
 * link to the place to act: a coordinator the report their city owes and the consultation comment nobody answered, a
 * department contact the actions of their own department only, a reviewer the practices waiting for their review.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkListTests {

    static final String PASSWORD = "correct horse battery";
    static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Plans plans;

    @Autowired
    Cities cities;

    @Autowired
    Networks networks;

    @Autowired
    Reports reports;

    @Autowired
    PlanConsultation consultations;

    /** Signs in with the password form, as a browser would, and checks the landing on the work list. */
    Cookie[] signIn(RoleGrant grant) throws Exception {
        var email = "worker-" + UUID.randomUUID() + "@example.org";
        people.createWithPassword(email, "Worker", "en", PASSWORD, grant);
        var result = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/me"))
                .andReturn();
        return result.getResponse().getCookies();
    }

    String page(String path, Cookie[] session) throws Exception {
        return mvc.perform(get(path).cookie(session).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String link(String page, String containing) {
        var links = HREF.matcher(page).results().map(match -> match.group(1)).toList();
        return links.stream()
                .filter(href -> href.contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link with " + containing + " in " + links))
                .replace("&amp;", "&");
    }

    PlanId planInConsultation(TestCity city) {
        var writer = PlanFixtures.coordinator(context, city);
        return as(writer, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
            return plan;
        });
    }

    void oweAReport(TestCity city, String cycleName) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = as(admin, () -> {
            var created = networks.create(new CreateNetwork("net-" + suffix, "Network " + suffix, null, null, 2));
            networks.admit(created.id(), city.city().id(), LocalDate.of(2020, 1, 1));
            return created;
        });
        var secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var today = LocalDate.now();
        as(
                secretariat,
                () -> reports.openCycle(new Reports.NewCycle(
                        network.id(),
                        cycleName,
                        today.minusDays(400),
                        today.minusDays(30),
                        today.plusDays(10),
                        List.of(city.city().id()),
                        null,
                        null)));
    }

    @Test
    void aCoordinatorSeesTheReportNotStartedAndTheUnansweredCommentAndTheLinksLeadToThePlaceToAct() throws Exception {
        var city = PlanFixtures.city(context);
        var plan = planInConsultation(city);
        var partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        var comment = as(
                partner,
                () -> consultations.comment(
                        plan, new NewComment(null, null, "Please add a budget for the counselling desk", null)));
        oweAReport(city, "Cycle of the work list");

        var session = signIn(RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        var workList = page("/me", session);

        assertThat(workList)
                .contains("Reports due soon")
                .contains("Cycle of the work list")
                .contains("Consultation comments to answer")
                .contains("Please add a budget for the counselling desk");
        var reportPage = page(link(workList, "/manage/cities/" + city.city().slug() + "/reports"), session);
        assertThat(reportPage).contains("Cycle of the work list");
        var commentLink = link(workList, "/consultation#comment-" + comment.value());
        var consultationPage = page(commentLink.substring(0, commentLink.indexOf('#')), session);
        assertThat(consultationPage)
                .contains("id=\"comment-" + comment.value() + "\"")
                .contains("Please add a budget for the counselling desk");

        as(
                PlanFixtures.coordinator(context, city),
                () -> consultations.answer(plan, comment, "It is in the budget now"));
        assertThat(page("/me", session))
                .doesNotContain("Please add a budget for the counselling desk")
                .contains("No comment waits for an answer");
    }

    @Test
    void aDepartmentContactSeesTheActionsOfTheirDepartmentOnly() throws Exception {
        var city = PlanFixtures.city(context);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var parks = as(admin, () -> cities.addDepartment(city.city().id(), "Parks office"));
        var parksCity = new TestCity(city.city(), parks);
        var plan = planInConsultation(city);
        as(PlanFixtures.coordinator(context, city), () -> {
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("2", city));
            plans.addAction(
                    plan,
                    commitment,
                    PlanFixtures.action("Shaded benches", ActionStatus.PLANNED, parksCity, List.of()));
            plans.adopt(plan, PlanFixtures.DECISION);
        });

        var session = signIn(
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        var workList = page("/me", session);

        assertThat(workList)
                .contains("Your department&#39;s actions")
                .contains("Monitoring office")
                .contains("Progress update overdue since")
                .doesNotContain("Shaded benches")
                .doesNotContain("Consultation comments to answer");
        assertThat(page(link(workList, "/progress"), session)).contains("Post a progress update");
    }

    @Test
    void aReviewerSeesThePracticeToReviewUntilTheReviewIsSubmitted() throws Exception {
        var fixtures = ReviewFixtures.create(context);
        var practice = fixtures.directSubmission(context, "Anti-discrimination desk in the town hall");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());

        var workList = mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(fixtures.reviewer())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(workList).contains("Reviews to write").contains("Anti-discrimination desk in the town hall");
        assertThat(link(workList, "/reviews/" + assignment.value())).isEqualTo("/reviews/" + assignment.value());

        fixtures.submitComplete(context, assignment, fixtures.reviewer(), "done");
        mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(fixtures.reviewer())))
                .andExpect(content().string(not(containsString("Anti-discrimination desk in the town hall"))))
                .andExpect(content().string(containsString("No review waits for you")));
    }

    @Test
    void anAdministratorIsToldWhereFailedTranslationsAndMailsWillAppear() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Failed translations")))
                .andExpect(content().string(containsString("Failed mails")));
        mvc.perform(get("/me").locale(Locale.ENGLISH).with(user(TestPeople.holding(context))))
                .andExpect(content().string(not(containsString("Failed mails"))));
    }
}
