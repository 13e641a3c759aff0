package org.equicity.plan.consultation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.equicity.notification.CommentAnswered;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.plan.consultation.PlanComment.Author;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.TextsSaved;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone holding a role in the city comments while the plan is in consultation; its coordinators answer and resolve. */
@Service
@Transactional
class ConsultationService implements PlanConsultation {

    /** The role a comment is signed with when its author holds several in the city. */
    private static final List<Role> SPEAKING_ROLES =
            List.of(Role.CITY_COORDINATOR, Role.DEPARTMENT_CONTACT, Role.CIVIL_SOCIETY_PARTNER);

    private final Plans plans;
    private final PlanCommentRepository comments;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationService(
            Plans plans, PlanCommentRepository comments, Access access, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.comments = comments;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Consultation consultation(PlanId id) {
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

    @Override
    public CommentId comment(PlanId id, NewComment command) {
        var plan = find(id);
        if (!access.belongsToCity(plan.city())) {
            throw new AccessDeniedException("Only the city's people take part in its consultation");
        }
        if (plan.state() != PlanState.IN_CONSULTATION) {
            throw new RuleViolationException("plan.rule.not-in-consultation");
        }
        if (command.commitment() != null || command.action() != null) {
            // the city's people read the plan in consultation, so the view has every commitment and action
            var view = plans.plan(id);
            if (command.commitment() != null
                    && view.commitment(command.commitment()).isEmpty()) {
                throw new RuleViolationException("plan.rule.commitment");
            }
            if (command.action() != null && view.action(command.action()).isEmpty()) {
                throw new RuleViolationException("plan.rule.comment-action");
            }
        }
        var language = command.language() != null ? command.language() : plan.language();
        var comment = comments.save(new PlanComment(
                id,
                command.commitment(),
                command.action(),
                author(plan.city()),
                command.text(),
                language,
                clock.instant()));
        events.publishEvent(
                TextsSaved.of(plan.city(), language, Map.of(ConsultationTexts.comment(comment.id()), comment.text())));
        return comment.id();
    }

    @Override
    public void answer(PlanId id, CommentId commentId, String text) {
        answer(id, commentId, text, null);
    }

    @Override
    public void answer(PlanId id, CommentId commentId, String text, @Nullable String chosenLanguage) {
        var plan = find(id);
        access.requireCityManagement(plan.city());
        var chosen = Texts.language(chosenLanguage);
        var language = chosen != null ? chosen : plan.language();
        var comment = comment(id, commentId);
        int position = comment.answer(author(plan.city()), text, language, clock.instant());
        comment.authorAccount()
                .ifPresent(
                        author -> events.publishEvent(new CommentAnswered(id, plan.city(), commentId.value(), author)));
        events.publishEvent(TextsSaved.of(
                plan.city(), language, Map.of(ConsultationTexts.answer(commentId, position), text.strip())));
    }

    @Override
    public void resolve(PlanId id, CommentId commentId) {
        var plan = find(id);
        access.requireCityManagement(plan.city());
        comment(id, commentId).resolve(author(plan.city()), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommentToAnswer> awaitingAnswer(CityId city) {
        if (!access.canManageCity(city)) {
            return List.of();
        }
        return plans.ofCity(city).stream()
                .flatMap(plan -> comments
                        .findByPlanIdOrderByCreatedAtAsc(plan.id().value())
                        .stream()
                        .map(PlanComment::view)
                        .filter(comment ->
                                !comment.isResolved() && comment.answers().isEmpty())
                        .map(comment -> new CommentToAnswer(plan.id(), plan.title(), comment)))
                .sorted(Comparator.comparing(item -> item.comment().at()))
                .toList();
    }

    private TrackedPlan find(PlanId id) {
        return plans.tracked(id);
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
