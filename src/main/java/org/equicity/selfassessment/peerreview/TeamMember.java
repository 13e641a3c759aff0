package org.equicity.selfassessment.peerreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;

/** A member of a review team; recognised by their address when they sign in. */
@Embeddable
class TeamMember {

    @Column(name = "member_id", nullable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    private @Nullable OtherKind kind;

    private @Nullable String email;

    @Column(nullable = false)
    private String name;

    private @Nullable String organisation;

    @Column(name = "city_id")
    private @Nullable UUID cityId;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected TeamMember() {}

    TeamMember(NewMember member, Instant now) {
        this.id = UUID.randomUUID();
        this.role = member.role();
        this.kind = member.kind();
        this.email = member.email();
        this.name = member.name();
        this.organisation = member.organisation();
        this.cityId = member.city() == null ? null : member.city().value();
        this.invitedAt = now;
    }

    UUID id() {
        return id;
    }

    MemberRole role() {
        return role;
    }

    @Nullable
    OtherKind kind() {
        return kind;
    }

    @Nullable
    String email() {
        return email;
    }

    String name() {
        return name;
    }

    @Nullable
    String organisation() {
        return organisation;
    }

    @Nullable
    CityId city() {
        return cityId == null ? null : new CityId(cityId);
    }
}
