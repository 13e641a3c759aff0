package org.equicity.plan.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.equicity.plan.PlanId;
import org.equicity.shared.PersonId;

/** A person who follows a published plan, and where and in which language to tell them what changed. */
@Entity
@Table(name = "plan_follower")
class PlanFollower {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "followed_at", nullable = false, updatable = false)
    private Instant followedAt;

    protected PlanFollower() {}

    PlanFollower(PlanId plan, PersonId person, String email, Locale language, Instant followedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.personId = person.value();
        this.email = email;
        this.language = language.toLanguageTag();
        this.followedAt = followedAt;
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    String email() {
        return email;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }
}
