package org.equicity.selfassessment.peerreview;

import java.util.Locale;
import java.util.Objects;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.network.Networks;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks who may join a review team and tells them. A peer comes from another city that shares a network with the
 * host and already has an account there, so a mail with the review's address is enough; the expert leader and
 * other participants with an address are invited through the people module, as the host city's civil-society
 * partners, which gives them an account if they have none.
 */
@Component
class TeamInvitations {

    private final Networks networks;
    private final People people;
    private final Mailer mailer;
    private final String baseUrl;

    TeamInvitations(
            Networks networks,
            People people,
            Mailer mailer,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.networks = networks;
        this.people = people;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    /** @throws RuleViolationException naming the field the member lacks or gets wrong for their role */
    void check(CityId host, NewMember member) {
        switch (member.role()) {
            case PEER -> {
                var city = PeerReviewRules.requireChosen(member.city(), "city");
                PeerReviewRules.requireChosen(member.email(), "email");
                if (city.equals(host) || !sharesNetwork(host, city)) {
                    throw RuleViolationException.about("city", "peerreview.rule.peer-city", "city");
                }
            }
            case EXPERT_LEADER -> PeerReviewRules.requireChosen(member.email(), "email");
            case OTHER -> PeerReviewRules.requireChosen(member.kind(), "kind");
        }
        if (member.role() != MemberRole.PEER && member.city() != null) {
            throw RuleViolationException.about("city", "peerreview.rule.city-for-peers", "city");
        }
    }

    /** Tells the new member; someone recorded by role only has no address and is not told. */
    void tell(CityId host, String hostName, String hostSlug, PeerReview review, NewMember member) {
        var email = member.email();
        if (email == null) {
            return;
        }
        var language = member.language() == null ? "en" : member.language();
        if (member.role() == MemberRole.PEER) {
            mailer.send(new OutgoingMail(
                    email,
                    Locale.forLanguageTag(language),
                    "peer-review-invitation",
                    member.name(),
                    hostName,
                    review.title(),
                    baseUrl + "/cities/" + hostSlug + "/peer-reviews/"
                            + review.id().value()));
        } else {
            people.invite(new People.Invite(
                    email, member.name(), RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, host), language));
        }
    }

    private boolean sharesNetwork(CityId host, CityId city) {
        return networks.membershipsOf(host).stream()
                .filter(Networks.Membership::isCurrent)
                .anyMatch(membership -> networks.members(membership.network()).stream()
                        .anyMatch(member -> member.isCurrent() && Objects.equals(member.city(), city)));
    }
}
