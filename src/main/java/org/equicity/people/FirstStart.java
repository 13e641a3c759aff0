package org.equicity.people;

import java.time.Clock;
import java.util.Optional;
import org.equicity.people.Accounts.LinkPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation needs one platform administrator. There is no default password to forget to change: the
 * administrator is created without one, and a one-time setup link is written to the log, once.
 */
@Component
@Transactional
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PersonRepository people;
    private final OneTimeLinkRepository openLinks;
    private final OneTimeLinks links;
    private final String adminEmail;
    private final Clock clock;

    FirstStart(
            PersonRepository people,
            OneTimeLinkRepository openLinks,
            OneTimeLinks links,
            @Value("${equicity.admin.email:admin@equicity.local}") String adminEmail,
            Clock clock) {
        this.clock = clock;
        this.people = people;
        this.openLinks = openLinks;
        this.links = links;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensurePlatformAdmin();
    }

    /**
     * The setup link, when no administrator can sign in and no earlier setup link is still open. A link that
     * expired unused is replaced at the next start, because nobody else could ever let the administrator in.
     */
    Optional<String> ensurePlatformAdmin() {
        if (people.anyPlatformAdminWithPassword()) {
            return Optional.empty();
        }
        var email = PeopleFacade.validEmail(adminEmail);
        var admin = people.findByEmail(email)
                .orElseGet(() -> people.save(new Person(email, "Administrator", "en", clock.instant())));
        if (admin.grant(RoleGrant.platformAdmin(), clock.instant()) || !admin.isActive()) {
            admin.reactivate();
        } else if (openLinks.existsByPersonAndPurposeAndUsedAtIsNullAndExpiresAtAfter(
                admin, LinkPurpose.INVITATION, clock.instant())) {
            return Optional.empty();
        }
        var link = links.issue(admin, LinkPurpose.INVITATION);
        log.warn("""

                ==========================================================================================
                  FIRST START: a platform administrator has been created for {}.
                  Set its password within {} days at this one-time link (it is shown only this once):

                  {}

                ==========================================================================================""", email, OneTimeLinks.INVITATION_VALIDITY.toDays(), link);
        return Optional.of(link);
    }
}
