package org.equicity.plan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.action;
import static org.equicity.plan.PlanFixtures.as;
import static org.equicity.plan.PlanFixtures.commitment;
import static org.equicity.plan.PlanFixtures.newPlan;

import java.util.List;
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
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

/** The consultation rules of the facade: who comments when, who answers and resolves, and what stays. */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlanConsultationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanConsultation consultations;

    TestCity city;
    UserDetails coordinator;
    UserDetails partner;
    UserDetails contact;
    PlanId plan;
    CommitmentId commitment;
    ActionId action;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        contact = PlanFixtures.contact(context, city);
        as(coordinator, () -> {
            plan = plans.create(newPlan(city, null));
            commitment = plans.addCommitment(plan, commitment("1", city));
            action = plans.addAction(plan, commitment, action("Monitoring", ActionStatus.PLANNED, city, List.of()));
        });
    }

    @Test
    void partnersAndContactsCommentCoordinatorsAnswerAndResolveAndResolvedCommentsStayReadable() {
        as(coordinator, () -> plans.openConsultation(plan));
        var onAction = as(
                partner,
                () -> consultations.comment(plan, new NewComment(null, action, "Involve the NGOs early", null)));
        var onCommitment = as(
                contact,
                () -> consultations.comment(plan, new NewComment(commitment, null, "Our office can host it", null)));
        as(coordinator, () -> {
            consultations.answer(plan, onAction, "Agreed: they join the steering group");
            consultations.resolve(plan, onAction);
        });

        var consultation = as(partner, () -> consultations.consultation(plan));
        assertThat(consultation.inConsultation()).isTrue();
        assertThat(consultation.canComment()).isTrue();
        assertThat(consultation.canModerate()).isFalse();
        assertThat(consultation.open()).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo(onCommitment);
            assertThat(comment.commitment()).isEqualTo(commitment);
            assertThat(comment.authorRole()).isEqualTo(Role.DEPARTMENT_CONTACT);
        });
        assertThat(consultation.resolved()).singleElement().satisfies(comment -> {
            assertThat(comment.action()).isEqualTo(action);
            assertThat(comment.text()).isEqualTo("Involve the NGOs early");
            assertThat(comment.authorRole()).isEqualTo(Role.CIVIL_SOCIETY_PARTNER);
            assertThat(comment.answers())
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.text()).isEqualTo("Agreed: they join the steering group"));
            assertThat(comment.resolvedAt()).isNotNull();
        });

        as(coordinator, () -> plans.adopt(plan, DECISION));
        var afterAdoption = as(partner, () -> consultations.consultation(plan));
        assertThat(afterAdoption.inConsultation()).isFalse();
        assertThat(afterAdoption.canComment()).isFalse();
        assertThat(afterAdoption.comments()).hasSize(2);
    }

    @Test
    void commentsAreTakenOnlyWhileThePlanIsInConsultation() {
        assertThatThrownBy(() ->
                        as(partner, () -> consultations.comment(plan, new NewComment(null, null, "Too early", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.not-in-consultation");
        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
        assertThatThrownBy(() ->
                        as(partner, () -> consultations.comment(plan, new NewComment(null, null, "Too late", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.not-in-consultation");
        assertThat(as(coordinator, () -> consultations.consultation(plan)).comments())
                .isEmpty();
    }

    @Test
    void onlyCoordinatorsAnswerAndResolveAndAResolvedCommentTakesNoMoreAnswers() {
        as(coordinator, () -> plans.openConsultation(plan));
        var comment = as(partner, () -> consultations.comment(plan, new NewComment(null, null, "More budget", null)));

        assertThatThrownBy(() -> as(partner, () -> consultations.answer(plan, comment, "I answer myself")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contact, () -> consultations.resolve(plan, comment)))
                .isInstanceOf(AccessDeniedException.class);
        as(coordinator, () -> consultations.resolve(plan, comment));
        assertThatThrownBy(() -> as(coordinator, () -> consultations.answer(plan, comment, "Later")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.comment-resolved");
        assertThatThrownBy(() -> as(coordinator, () -> consultations.resolve(plan, comment)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.comment-resolved");
        assertThat(as(coordinator, () -> consultations.consultation(plan)).resolved())
                .singleElement()
                .satisfies(resolved -> assertThat(resolved.answers()).isEmpty());
    }

    @Test
    void peopleOfAnotherCityNeitherReadNorWriteTheConsultation() {
        as(coordinator, () -> plans.openConsultation(plan));
        var comment = as(partner, () -> consultations.comment(plan, new NewComment(null, null, "Ours", null)));
        var other = PlanFixtures.city(context);
        var otherPartner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, other.city().id()));
        var otherCoordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, other.city().id()));

        assertThatThrownBy(() ->
                        as(otherPartner, () -> consultations.comment(plan, new NewComment(null, null, "Theirs", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherCoordinator, () -> consultations.answer(plan, comment, "Theirs")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherCoordinator, () -> consultations.resolve(plan, comment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherPartner, () -> consultations.consultation(plan)))
                .isInstanceOf(AccessDeniedException.class);

        var consultation = as(coordinator, () -> consultations.consultation(plan));
        assertThat(consultation.comments()).singleElement().satisfies(stored -> {
            assertThat(stored.text()).isEqualTo("Ours");
            assertThat(stored.answers()).isEmpty();
            assertThat(stored.isResolved()).isFalse();
        });
    }

    @Test
    void aCommentIsAboutSomethingOfThisPlanAndSaysSomething() {
        as(coordinator, () -> plans.openConsultation(plan));
        var otherPlan = as(coordinator, () -> {
            var second = plans.create(newPlan(city, null));
            var otherCommitment = plans.addCommitment(second, commitment("2", city));
            return plans.addAction(second, otherCommitment, action("Elsewhere", ActionStatus.PLANNED, city, List.of()));
        });
        assertThatThrownBy(() -> as(
                        partner,
                        () -> consultations.comment(plan, new NewComment(null, otherPlan, "Wrong plan", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.comment-action");
        assertThatThrownBy(() -> new NewComment(commitment, action, "Both", null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.comment-subject");
        assertThatThrownBy(() -> new NewComment(null, null, "  ", null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.required");
        var unknown = new CommentId(java.util.UUID.randomUUID());
        assertThatThrownBy(() -> as(coordinator, () -> consultations.resolve(plan, unknown)))
                .isInstanceOf(NotFoundException.class);
    }
}
