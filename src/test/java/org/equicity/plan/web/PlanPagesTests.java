package org.equicity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    TestCity city;
    UserDetails coordinator;
    String base;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        base = "/manage/cities/" + city.city().slug() + "/plans";
    }

    @Test
    void aCoordinatorStartsAPlanAddsACommitmentAndAnActionThroughTheForms() throws Exception {
        mvc.perform(get(base).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start a new plan")));
        var created = mvc.perform(post(base + "/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Plan of action 2025–2028")
                        .param("startYear", "2025")
                        .param("endYear", "2028")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023")
                        .param("previousPlan", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.notice.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var plan = PlanId.parse(created.substring(created.lastIndexOf('/') + 1));

        mvc.perform(post(created + "/commitments/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("frameworkCode", "7")
                        .param("goal", "Fair access to housing for everyone")
                        .param("specificObjectives", "Testing of landlords\nAdvice for tenants")
                        .param("humanRightsPrinciples", "equality-non-discrimination")
                        .param(
                                "coordinationDepartments",
                                city.department().id().value().toString()))
                .andExpect(status().is3xxRedirection());
        var commitment = as(coordinator, () -> plans.plan(plan)).commitments().get(0);
        assertThat(commitment.content().specificObjectives())
                .containsExactly("Testing of landlords", "Advice for tenants");
        assertThat(commitment.content().coordination().departments())
                .containsExactly(city.department().id());

        mvc.perform(post(created + "/commitments/" + commitment.id().value() + "/actions/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Situation testing")
                        .param("track", "enforcement")
                        .param("fieldsOfActivity", "housing")
                        .param(
                                "responsibleDepartments",
                                city.department().id().value().toString())
                        .param("start", "2025-02-01")
                        .param("budgetAmount", "12000.50")
                        .param("budgetCurrency", "eur")
                        .param("status", "PLANNED"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(created).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fair Access to Housing")))
                .andExpect(content().string(containsString("Situation testing")))
                .andExpect(content().string(containsString("Enforcement")))
                .andExpect(content().string(containsString("No data yet")))
                .andExpect(content().string(containsString("Open the consultation")));
        var action = as(coordinator, () -> plans.plan(plan)).actions().get(0);
        assertThat(action.content().budget().currency()).isEqualTo("EUR");
        assertThat(action.suggestedTags()).isNotEmpty();

        mvc.perform(get(created + "/actions/" + action.id().value() + "/edit").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(suggested)")));
        mvc.perform(get(created + "/history").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Situation testing")))
                .andExpect(content().string(containsString("Test person")));
    }

    @Test
    void theCommitmentFormShowsTheModelTemplatesExplanationsTiedToEachField() throws Exception {
        var plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        mvc.perform(get(base + "/" + plan.value() + "/commitments/new").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"goal-help\"")))
                .andExpect(content().string(containsString("aria-describedby=\"goal-help\"")))
                .andExpect(content()
                        .string(containsString("The overall goal targeted with / contributed to by this commitment.")))
                .andExpect(content().string(containsString("aria-describedby=\"outcomeIndicators-help\"")));
        mvc.perform(get(base + "/" + plan.value() + "/commitments/new")
                        .with(user(coordinator))
                        .param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zielgruppen")));
    }

    @Test
    void wrongInputComesBackWithTheErrorNextToTheFieldAndWhatWasTyped() throws Exception {
        mvc.perform(post(base + "/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "  ")
                        .param("startYear", "twenty")
                        .param("endYear", "2028")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startYear-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"twenty\"")));
        mvc.perform(post(base + "/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", " ")
                        .param("startYear", "2025")
                        .param("endYear", "2028")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("This field is required.")));
        assertThat(as(coordinator, () -> plans.ofCity(city.city().id()))).isEmpty();
    }

    @Test
    void aBudgetIsReadAsTypedInTheReadersLanguageAndShownTheSameWay() throws Exception {
        var ids = as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            var action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            return List.of(plan.value(), action.value());
        });
        var plan = new PlanId(ids.get(0));
        var edit = base + "/" + ids.get(0) + "/actions/" + ids.get(1) + "/edit";
        var typed = List.of(
                List.of("de", "12000,50"),
                List.of("de", "12.000,50"),
                List.of("en", "12,000.50"),
                List.of("en", "12000.50"));
        for (var entry : typed) {
            var version =
                    as(coordinator, () -> plans.plan(plan)).actions().get(0).version();
            mvc.perform(post(edit)
                            .with(user(coordinator))
                            .with(csrf())
                            .header("Accept-Language", entry.get(0))
                            .param("title", "Monitoring office")
                            .param("status", "PLANNED")
                            .param("budgetAmount", entry.get(1))
                            .param("budgetCurrency", "EUR")
                            .param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection());
            assertThat(as(coordinator, () -> plans.plan(plan))
                            .actions()
                            .get(0)
                            .content()
                            .budget()
                            .amount())
                    .as(entry.toString())
                    .isEqualByComparingTo("12000.50");
        }
        mvc.perform(get(edit).with(user(coordinator)).header("Accept-Language", "de"))
                .andExpect(content().string(containsString("value=\"12.000,50\"")));
        mvc.perform(get(edit).with(user(coordinator)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("value=\"12,000.50\"")));

        var version = as(coordinator, () -> plans.plan(plan)).actions().get(0).version();
        mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .header("Accept-Language", "de")
                        .param("title", "Monitoring office")
                        .param("status", "PLANNED")
                        .param("budgetAmount", "12,000.50")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"budgetAmount-error\"")))
                .andExpect(content().string(containsString("Bitte geben Sie eine Zahl ein, zum Beispiel 12.000,50.")))
                .andExpect(content().string(containsString("value=\"12,000.50\"")));
    }

    @Test
    void aConcurrentEditShowsBothVersionsAndKeepsWhatTheSecondEditorTyped() throws Exception {
        var ids = as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            var action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            return List.of(plan.value(), action.value());
        });
        var edit = base + "/" + ids.get(0) + "/actions/" + ids.get(1) + "/edit";
        var version = as(coordinator, () -> plans.plan(new PlanId(ids.get(0))))
                .actions()
                .get(0)
                .version();

        mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Title by the first editor")
                        .param("status", "IN_PROGRESS")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Title by the second editor")
                        .param("status", "DELAYED")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this in the meantime")))
                .andExpect(content().string(containsString("value=\"Title by the second editor\"")))
                .andExpect(content().string(containsString("Title by the first editor")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        var stored = as(coordinator, () -> plans.plan(new PlanId(ids.get(0))))
                .actions()
                .get(0);
        assertThat(stored.content().title()).isEqualTo("Title by the first editor");

        mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Title by the second editor")
                        .param("status", "DELAYED")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(as(coordinator, () -> plans.plan(new PlanId(ids.get(0))))
                        .actions()
                        .get(0)
                        .content()
                        .title())
                .isEqualTo("Title by the second editor");
    }

    @Test
    void theNeedsAssessmentShowsNeedsNoActionAnswersAndActionsAnsweringNoNeed() throws Exception {
        var plan = as(coordinator, () -> {
            var id = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(id, PlanFixtures.commitment("1", city));
            var answered = plans.addNeed(
                    id,
                    new NeedContent(
                            NeedMethod.ROUND_TABLE, null, "NGOs", "Counselling for victims", commitment, null, null));
            plans.addNeed(
                    id,
                    new NeedContent(
                            NeedMethod.WORLD_CAFE,
                            null,
                            null,
                            "Anti-racism training for staff",
                            null,
                            "awareness-raising",
                            null));
            plans.addAction(
                    id,
                    commitment,
                    PlanFixtures.action("Counselling office", ActionStatus.PLANNED, city, List.of(answered)));
            plans.addAction(
                    id, commitment, PlanFixtures.action("Poster campaign", ActionStatus.PLANNED, city, List.of()));
            return id;
        });
        mvc.perform(get(base + "/" + plan.value() + "/needs").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Round table")))
                .andExpect(content().string(containsString("World café")));
        var page = mvc.perform(get(base + "/" + plan.value() + "/needs").with(user(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var unanswered =
                page.substring(page.indexOf("id=\"unanswered-heading\""), page.indexOf("id=\"unfounded-heading\""));
        assertThat(unanswered).contains("Anti-racism training for staff").doesNotContain("Counselling for victims");
        var unfounded = page.substring(page.indexOf("id=\"unfounded-heading\""));
        assertThat(unfounded).contains("Poster campaign").doesNotContain("Counselling office");

        mvc.perform(post(base + "/" + plan.value() + "/needs/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("method", "EXPERT_VISIT")
                        .param("heldOn", "2025-05-05")
                        .param("description", "Data on housing"))
                .andExpect(status().is3xxRedirection());
        assertThat(as(coordinator, () -> plans.plan(plan)).needs()).hasSize(3);
    }

    /**
     * The steps that cannot be undone ask first, on a page of their own: what will happen, what was typed, the
     * step's own POST and a way back; a step the plan is past goes back to the plan.
     */
    @Test
    void irreversibleStepsAreConfirmedOnAPageOfTheirOwn() throws Exception {
        var plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        var path = base + "/" + plan.value();
        mvc.perform(get(path).with(user(coordinator)))
                .andExpect(content().string(containsString("href=\"" + path + "/consultation/confirmation\"")));
        mvc.perform(get(path + "/consultation/confirmation").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open the consultation?")))
                .andExpect(content().string(containsString("This step cannot be undone.")))
                .andExpect(content().string(containsString("action=\"" + path + "/consultation\"")))
                .andExpect(content().string(containsString("href=\"" + path + "\"")));
        mvc.perform(get(path + "/adoption/confirmation").with(user(coordinator)))
                .andExpect(status().is3xxRedirection());

        as(coordinator, () -> plans.openConsultation(plan));
        mvc.perform(get(path + "/adoption/confirmation")
                        .with(user(coordinator))
                        .param("date", "2025-03-12")
                        .param("reference", "GR 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the adoption?")))
                .andExpect(content().string(containsString("<dd>GR 12</dd>")))
                .andExpect(content().string(containsString("name=\"reference\" value=\"GR 12\"")))
                .andExpect(content().string(containsString("action=\"" + path + "/adoption\"")));
        mvc.perform(get(path + "/closure/confirmation").with(user(coordinator))).andExpect(status().is3xxRedirection());
    }

    @Test
    void adoptionThroughThePagePublishesThePlanAndABadStepIsExplained() throws Exception {
        var plan = as(coordinator, () -> plans.create(PlanFixtures.newPlan(city, null)));
        var path = base + "/" + plan.value();
        mvc.perform(post(path + "/implementation").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "plan.rule.transition"));
        mvc.perform(post(path + "/consultation").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/adoption")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("date", "")
                        .param("reference", "GR 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("value=\"GR 12\"")));
        mvc.perform(post(path + "/adoption")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("date", "2025-03-12")
                        .param("reference", "GR 12")
                        .param("link", "https://example.org/gr12"))
                .andExpect(status().is3xxRedirection());
        assertThat(as(coordinator, () -> plans.plan(plan)).state()).isEqualTo(PlanState.ADOPTED);

        mvc.perform(get("/cities/{slug}/plans/{id}", city.city().slug(), plan.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Action plan against racism")))
                .andExpect(content().string(containsString("GR 12")))
                .andExpect(content().string(containsString("Mar 12, 2025")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/cities/{slug}/plans", city.city().slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Action plan against racism")));
        mvc.perform(get("/cities/{slug}/plans/{id}", city.city().slug(), plan.value())
                        .header("Accept-Language", "de"))
                .andExpect(content().string(containsString("12.03.2025")))
                .andExpect(content().string(not(containsString(">2025-03-12"))));
    }

    @Test
    void aNewPlanCanBuildOnThePreviousOneFromTheForm() throws Exception {
        var previous = as(coordinator, () -> {
            var id = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(id, PlanFixtures.commitment("4", city));
            plans.addAction(
                    id, commitment, PlanFixtures.action("Migrant council", ActionStatus.IN_PROGRESS, city, List.of()));
            return id;
        });
        mvc.perform(post(base + "/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Next plan")
                        .param("startYear", "2029")
                        .param("endYear", "2031")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023")
                        .param("previousPlan", previous.value().toString()))
                .andExpect(status().is3xxRedirection());
        var next = as(coordinator, () -> plans.ofCity(city.city().id())).get(0);
        assertThat(next.title()).isEqualTo("Next plan");
        assertThat(as(coordinator, () -> plans.plan(next.id())).actions())
                .extracting(a -> a.content().title())
                .containsExactly("Migrant council");
    }
}
