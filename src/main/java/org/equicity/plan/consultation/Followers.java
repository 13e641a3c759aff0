package org.equicity.plan.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.equicity.city.Cities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.people.Access;
import org.equicity.plan.PlanChanged;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.Subject;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who follows a published plan, and the mail each follower receives when the public hears of a change. */
@Component
@Transactional
class Followers {

    private final Plans plans;
    private final PlanFollowerRepository followers;
    private final Access access;
    private final Cities cities;
    private final Mailer mailer;
    private final MessageSource texts;
    private final String baseUrl;
    private final Clock clock;

    Followers(
            Plans plans,
            PlanFollowerRepository followers,
            Access access,
            Cities cities,
            Mailer mailer,
            MessageSource texts,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.followers = followers;
        this.access = access;
        this.cities = cities;
        this.mailer = mailer;
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(readOnly = true)
    boolean isFollowing(PlanId id) {
        return access.current()
                .flatMap(person -> followers.findByPlanIdAndPersonId(
                        id.value(), person.id().value()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    List<PlanId> followed() {
        return access.current().stream()
                .flatMap(person -> followers
                        .findByPersonIdOrderByFollowedAtDesc(person.id().value())
                        .stream())
                .map(PlanFollower::plan)
                .toList();
    }

    void follow(PlanId id, Locale language) {
        var person = access.current().orElseThrow(() -> new AccessDeniedException("Sign in to follow a plan"));
        var plan = published(id);
        if (followers
                .findByPlanIdAndPersonId(plan.id().value(), person.id().value())
                .isEmpty()) {
            followers.save(new PlanFollower(plan.id(), person.id(), person.email(), language, clock.instant()));
        }
    }

    void unfollow(PlanId id) {
        var person = access.current().orElseThrow(() -> new AccessDeniedException("Sign in to follow a plan"));
        followers.findByPlanIdAndPersonId(id.value(), person.id().value()).ifPresent(followers::delete);
    }

    /**
     * Every change recorded on a plan comes here; followers are told of the ones the public hears of. In the saving
     * transaction, not after it: the mail names the plan as it was changed and goes to those following it then, and
     * the outbox row is written with the save (delivery follows its commit, in mail's own listener).
     */
    @EventListener
    void on(PlanChanged event) {
        if (event.isPublic()) {
            recorded(event.plan(), event.change());
        }
    }

    private void recorded(PlanId id, HistoryEntry change) {
        var news = news(change);
        if (news.isEmpty()) {
            return;
        }
        var plan = plans.tracked(id);
        var city = cities.find(plan.city()).orElseThrow(() -> new NotFoundException("City", plan.city()));
        var link = baseUrl + "/cities/" + city.slug() + "/plans/" + id.value();
        for (var follower : followers.findByPlanId(id.value())) {
            var language = follower.language();
            mailer.send(new OutgoingMail(
                    follower.email(),
                    language,
                    news.get().template(),
                    news.get().arguments(plan.title(), city.name(), link, key -> label(key, language))));
        }
    }

    /** What a follower is told: the plan's new state, or an action's status before and after (message keys). */
    private record News(
            String template,
            @Nullable String action,
            @Nullable String from,
            String to) {

        List<Object> arguments(String plan, String city, String link, Function<String, String> label) {
            return action == null
                    ? List.of(plan, city, label.apply(to), link)
                    : List.of(plan, city, action, label.apply(from), label.apply(to), link);
        }
    }

    private static Optional<News> news(HistoryEntry change) {
        if (change.subject() == Subject.PLAN) {
            return field(change, "state").map(state -> new News("plan-state", null, null, "plan.state." + state.to()));
        }
        return field(change, "status")
                .map(status -> new News(
                        "plan-action-status",
                        change.subjectLabel(),
                        status.from() == null ? "plan.none" : "plan.status." + status.from(),
                        "plan.status." + status.to()));
    }

    private static Optional<FieldChange> field(HistoryEntry change, String name) {
        return change.changes().stream()
                .filter(field -> field.field().equals(name))
                .findFirst();
    }

    private String label(String key, Locale language) {
        // With the key as the default message there is always a text.
        return Objects.requireNonNull(texts.getMessage(key, null, key, language));
    }

    private TrackedPlan published(PlanId id) {
        var plan = plans.tracked(id);
        if (!plan.state().isPublic()) {
            if (access.belongsToCity(plan.city()) || access.isPlatformAdmin()) {
                throw new RuleViolationException("plan.rule.not-published");
            }
            throw new NotFoundException("Plan", id);
        }
        return plan;
    }
}
