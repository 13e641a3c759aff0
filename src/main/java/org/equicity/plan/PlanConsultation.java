package org.equicity.plan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.PlanComment.Author;
import org.equicity.plan.Plans.Consultation;
import org.equicity.plan.Plans.NewComment;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.TextsSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation on a plan (toolkit step "circulate the draft to civil society"): anyone holding a role in the
 * city comments while the plan is in consultation; its coordinators answer and resolve. Comments are the city's
 * internal record and are never shown to the public.
 */
@Component
@Transactional
class PlanConsultation {

    /** The role a comment is signed with when its author holds several in the city. */
    private static final List<Role> SPEAKING_ROLES =
            List.of(Role.CITY_COORDINATOR, Role.DEPARTMENT_CONTACT, Role.CIVIL_SOCIETY_PARTNER);

    private final PlanRepository plans;
    private final CommitmentRepository commitments;
    private final PlanActionRepository actions;
    private final PlanCommentRepository comments;
    private final Access access;
    private final PlanLanguages languages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanConsultation(
            PlanRepository plans,
            CommitmentRepository commitments,
            PlanActionRepository actions,
            PlanCommentRepository comments,
            Access access,
            PlanLanguages languages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.commitments = commitments;
        this.actions = actions;
        this.comments = comments;
        this.access = access;
        this.languages = languages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Consultation of(PlanId id) {
        var plan = find(id);
        if (!access.belongsToCity(plan.city()) && !access.isPlatformAdmin()) {
            throw new AccessDeniedException("The consultation is for the city's people");
        }
        boolean inConsultation = plan.state() == PlanState.IN_CONSULTATION;
        return new Consultation(
                id,
                inConsultation,
                inConsultation && access.belongsToCity(plan.city()),
                access.canManageCity(plan.city()),
                comments.findByPlanIdOrderByCreatedAtAsc(id.value()).stream()
                        .map(PlanComment::view)
                        .toList());
    }

    CommentId comment(PlanId id, NewComment command) {
        var plan = find(id);
        if (!access.belongsToCity(plan.city())) {
            throw new AccessDeniedException("Only the city's people take part in its consultation");
        }
        if (plan.state() != PlanState.IN_CONSULTATION) {
            throw new RuleViolationException("plan.rule.not-in-consultation");
        }
        if (command.commitment() != null) {
            commitments
                    .findById(command.commitment().value())
                    .filter(commitment -> commitment.plan().equals(id))
                    .orElseThrow(() -> new RuleViolationException("plan.rule.commitment"));
        }
        if (command.action() != null) {
            actions.findById(command.action().value())
                    .filter(action -> action.plan().equals(id))
                    .orElseThrow(() -> new RuleViolationException("plan.rule.comment-action"));
        }
        var language = languages.of(plan, command.language());
        var comment = comments.save(new PlanComment(
                id,
                command.commitment(),
                command.action(),
                author(plan.city()),
                command.text(),
                language,
                clock.instant()));
        events.publishEvent(
                TextsSaved.of(plan.city(), language, Map.of(PlanTexts.comment(comment.id()), comment.text())));
        return comment.id();
    }

    void answer(PlanId id, CommentId commentId, String text, String chosenLanguage) {
        var plan = find(id);
        access.requireCityManagement(plan.city());
        var language = languages.of(plan, Texts.language(chosenLanguage));
        var comment = comment(id, commentId);
        int position = comment.answer(author(plan.city()), text, language, clock.instant());
        events.publishEvent(
                TextsSaved.of(plan.city(), language, Map.of(PlanTexts.answer(commentId, position), text.strip())));
    }

    void resolve(PlanId id, CommentId commentId) {
        var plan = find(id);
        access.requireCityManagement(plan.city());
        comment(id, commentId).resolve(author(plan.city()), clock.instant());
    }

    private Plan find(PlanId id) {
        return plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
    }

    private PlanComment comment(PlanId plan, CommentId id) {
        return comments.findById(id.value())
                .filter(comment -> comment.plan().equals(plan))
                .orElseThrow(() -> new NotFoundException("Comment", id));
    }

    private Author author(CityId city) {
        var person = access.current().orElseThrow(() -> new AccessDeniedException("Sign in to take part"));
        var held = person.grants().stream()
                .filter(grant -> city.equals(grant.city()))
                .map(RoleGrant::role)
                .toList();
        var role = SPEAKING_ROLES.stream()
                .filter(held::contains)
                .findFirst()
                .orElse(
                        person.grants().stream().map(RoleGrant::role).anyMatch(Role.PLATFORM_ADMIN::equals)
                                ? Role.PLATFORM_ADMIN
                                : null);
        return new Author(person.id(), person.displayName(), role);
    }
}
