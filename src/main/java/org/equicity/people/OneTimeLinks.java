package org.equicity.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.equicity.people.Accounts.LinkPurpose;
import org.equicity.people.Accounts.LinkStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Issues and redeems the links that invitations, the first-start setup and password resets share. */
@Component
class OneTimeLinks {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final int MAX_RESETS_PER_VALIDITY = 3;

    private final OneTimeLinkRepository links;
    private final String baseUrl;
    private final Clock clock;

    OneTimeLinks(
            OneTimeLinkRepository links,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl,
            Clock clock) {
        this.clock = clock;
        this.links = links;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The full address to send, containing the only copy of the token. */
    String issue(Person person, LinkPurpose purpose) {
        links.retireOpen(person, purpose, clock.instant());
        var token = Tokens.newToken();
        var validity = purpose == LinkPurpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY;
        links.save(new OneTimeLink(person, purpose, Tokens.hash(token), validity, clock.instant()));
        var path = purpose == LinkPurpose.INVITATION ? "/invitation/" : "/password-reset/";
        return baseUrl + path + token;
    }

    /**
     * Reset mails are limited per account, so that the public reset form cannot be used to flood someone's inbox;
     * the form's answer stays the same either way.
     */
    boolean mayIssueReset(Person person) {
        return links.countByPersonAndPurposeAndCreatedAtAfter(
                        person, LinkPurpose.PASSWORD_RESET, clock.instant().minus(RESET_VALIDITY))
                < MAX_RESETS_PER_VALIDITY;
    }

    Optional<OneTimeLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(Tokens.hash(token));
    }

    /** The person the link belongs to, once; afterwards the link is used up. */
    Person redeem(String token, LinkPurpose purpose) {
        var now = clock.instant();
        var link = find(token)
                .filter(found -> found.purpose() == purpose)
                .filter(found -> found.status(now) == LinkStatus.VALID)
                .orElseThrow(() -> new org.equicity.shared.RuleViolationException("people.link.invalid"));
        link.use(now);
        return link.person();
    }
}
