package org.equicity.plan.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.consultation.CommentId;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.plan.consultation.PlanFollowing;
import org.hamcrest.Matchers;
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
 * The consultation page and API, the public page with its history and the follow button, and the city's page
 * listing its published plans; every new write is refused to people of another city with nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanConsultationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanConsultation consultations;

    @Autowired
    PlanFollowing following;

    TestCity city;
    UserDetails coordinator;
    UserDetails partner;
    PlanId plan;
    CommitmentId commitment;
    ActionId action;
    String page;
    String api;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        as(coordinator, () -> {
            plan = plans.create(PlanFixtures.newPlan(city, null));
            commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
        });
        page = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/consultation";
        api = "/api/v1/plans/" + plan.value() + "/comments";
    }

    CommentId partnerComments(String text) {
        return as(partner, () -> consultations.comment(plan, new NewComment(null, action, text, null)));
    }

    PlanConsultation.Consultation stored() {
        return as(coordinator, () -> consultations.consultation(plan));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    // Pages

    @Test
    void aPartnerCommentsOnAnActionAndTheCoordinatorAnswersAndResolvesOnThePage() throws Exception {
        mvc.perform(get(page).with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<label for=\"text\"")))
                .andExpect(content()
                        .string(Matchers.matchesRegex("(?s).*<optgroup label=\"[^\"]+\">\\s*<option value=\"commitment:"
                                + commitment.value() + "\">Commitment: [^<]+</option>\\s*<option value=\"action:"
                                + action.value() + "\">Action: Monitoring office</option>\\s*</optgroup>.*")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Mark as resolved"))));

        mvc.perform(post(page + "/comments")
                        .param("about", "action:" + action.value())
                        .param("text", "Involve the migrant council")
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(page + "#comment-*"));
        var comment = stored().comments().get(0);
        assertThat(comment.action()).isEqualTo(action);
        assertThat(comment.text()).isEqualTo("Involve the migrant council");

        var commentPath = page + "/comments/" + comment.id().value();
        mvc.perform(post(commentPath + "/answers")
                        .param("text", "It joins the steering group")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(commentPath + "/resolution").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page).with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Resolved comments (1)")))
                .andExpect(content().string(Matchers.containsString("It joins the steering group")))
                .andExpect(content().string(Matchers.containsString("Civil-society partner")));
    }

    @Test
    void anEmptyCommentOrAnswerComesBackWithTheErrorNextToTheFieldAndWhatWasTyped() throws Exception {
        mvc.perform(post(page + "/comments")
                        .param("about", "commitment:" + commitment.value())
                        .param("text", "   ")
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(Matchers.containsString("id=\"text-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"text-error\"")))
                .andExpect(content()
                        .string(Matchers.matchesRegex(
                                "(?s).*value=\"commitment:" + commitment.value() + "\"\\s+selected=\"selected\".*")));

        var comment = partnerComments("Please add a budget");
        var field = "answer-" + comment.value();
        mvc.perform(post(page + "/comments/" + comment.value() + "/answers")
                        .param("text", "")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + field + "-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"" + field + "-error\"")));
        assertThat(stored().comments())
                .singleElement()
                .satisfies(c -> assertThat(c.answers()).isEmpty());
    }

    @Test
    void aCommentAfterTheConsultationIsExplainedAndNotStored() throws Exception {
        as(coordinator, () -> plans.adopt(plan, DECISION));
        mvc.perform(get(page).with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<label for=\"text\""))));
        mvc.perform(post(page + "/comments")
                        .param("text", "Late")
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("only be written while the plan is in consultation")));
        assertThat(stored().comments()).isEmpty();
    }

    Stream<MockHttpServletRequestBuilder> pageWrites(CommentId comment) {
        return Stream.of(
                post(page + "/comments").param("text", "Taken over"),
                post(page + "/comments/" + comment.value() + "/answers").param("text", "Taken over"),
                post(page + "/comments/" + comment.value() + "/resolution"));
    }

    Stream<MockHttpServletRequestBuilder> apiWrites(CommentId comment) {
        return Stream.of(
                json(post(api), "{\"text\":\"Taken over\"}"),
                json(post(api + "/" + comment.value() + "/answers"), "{\"text\":\"Taken over\"}"),
                post(api + "/" + comment.value() + "/resolution"));
    }

    @Test
    void peopleOfAnotherCityAreRefusedEveryNewWriteByPageAndApiAndNothingIsStored() throws Exception {
        var comment = partnerComments("Ours");
        var other = PlanFixtures.city(context);
        var otherCoordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, other.city().id()));
        var otherPartner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, other.city().id()));
        var before = stored();

        for (var person : List.of(otherCoordinator, otherPartner)) {
            for (var request :
                    Stream.concat(pageWrites(comment), apiWrites(comment)).toList()) {
                mvc.perform(request.with(user(person)).with(csrf())).andExpect(status().isForbidden());
            }
            mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get(api).with(user(person))).andExpect(status().isForbidden());
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aPartnerOfTheCityCommentsButIsRefusedAnswersAndResolutions() throws Exception {
        var comment = partnerComments("Ours");
        var before = stored();
        var writes = Stream.concat(pageWrites(comment), apiWrites(comment)).toList();
        for (var request : List.of(writes.get(1), writes.get(2), writes.get(4), writes.get(5))) {
            mvc.perform(request.with(user(partner)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(stored()).isEqualTo(before);
    }

    // API

    @Test
    void theApiTakesCommentsAnswersAndResolutions() throws Exception {
        var location = mvc.perform(json(post(api), """
                                {"commitment":"%s","text":"Name a contact person"}""".formatted(commitment.value()))
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(api + "/")))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(json(post(location + "/answers"), "{\"text\":\"Done\"}")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[0].text").value("Done"));
        mvc.perform(post(location + "/resolution").with(user(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolved").value(true));
        mvc.perform(post(location + "/resolution").with(user(coordinator)).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get(api).with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].commitment").value(commitment.value().toString()))
                .andExpect(jsonPath("$[0].authorRole").value("CIVIL_SOCIETY_PARTNER"))
                .andExpect(jsonPath("$[0].resolved").value(true));
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiExplainsWhatItCannotTake() throws Exception {
        mvc.perform(json(post(api), "{\"text\":\"\"}").with(user(partner)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(json(post(api), """
                                {"commitment":"%s","action":"%s","text":"Both"}""".formatted(commitment.value(), action.value()))
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        as(coordinator, () -> plans.adopt(plan, DECISION));
        mvc.perform(json(post(api), "{\"text\":\"Late\"}").with(user(partner)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(stored().comments()).isEmpty();
    }

    // The published plan

    @Test
    void theCitysPageListsItsPublishedPlansAndThePublicPageShowsHistoryAndTheFollowButton() throws Exception {
        var draft = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        mvc.perform(get("/cities/{slug}", city.city().slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/plans/" + plan.value()))));

        as(coordinator, () -> {
            plans.adopt(plan, DECISION);
            plans.startImplementation(plan);
            plans.updateAction(
                    plan,
                    action,
                    plans.plan(plan).action(action).orElseThrow().version(),
                    PlanFixtures.action("Monitoring office", ActionStatus.IN_PROGRESS, city, List.of()));
        });
        partnerCannotCommentAnyMore();

        mvc.perform(get("/cities/{slug}", city.city().slug()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("/cities/" + city.city().slug() + "/plans/" + plan.value())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/plans/" + draft.value()))));

        var publicPage = "/cities/" + city.city().slug() + "/plans/" + plan.value();
        mvc.perform(get(publicPage))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Adopted by the city council on Mar 12, 2025")))
                .andExpect(content().string(Matchers.containsString("Implementation started.")))
                .andExpect(content().string(Matchers.containsString("Status: Planned → In progress")))
                .andExpect(content().string(Matchers.containsString("Sign in to follow this plan")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Test person"))));

        var reader = TestPeople.holding(context);
        mvc.perform(post(publicPage + "/follow").with(user(reader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(as(reader, () -> following.isFollowing(plan))).isTrue();
        mvc.perform(get(publicPage).with(user(reader)))
                .andExpect(content().string(Matchers.containsString("Stop following")));
        mvc.perform(post(publicPage + "/unfollow").with(user(reader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(as(reader, () -> following.isFollowing(plan))).isFalse();

        mvc.perform(post(publicPage + "/follow").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cities/" + city.city().slug() + "/plans/" + draft.value() + "/follow")
                        .with(user(reader))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    void partnerCannotCommentAnyMore() {
        assertThat(as(partner, () -> consultations.consultation(plan)).canComment())
                .isFalse();
    }
}
