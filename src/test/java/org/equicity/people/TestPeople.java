package org.equicity.people;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.mail.Mailer;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a real person holding the given roles, so that tests of any module sign in exactly as a user would and
 * every access check runs against stored grants. Use with {@code SecurityMockMvcRequestPostProcessors.user(...)}.
 */
public final class TestPeople {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    private TestPeople() {}

    public static UserDetails holding(ApplicationContext context, RoleGrant... grants) {
        var repository = context.getBean(PersonRepository.class);
        var transactions = context.getBean(TransactionTemplate.class);
        return transactions.execute(status -> {
            var person = new Person("person-" + UUID.randomUUID() + "@example.org", "Test person", "en", Instant.now());
            for (var grant : grants) {
                person.grant(grant, Instant.now());
            }
            return new SignedIn(repository.save(person));
        });
    }

    /**
     * Accepts the latest invitation mailed to the address, as the invitee would by following its link (a new
     * person also chooses a password), so that the roles they were invited to take effect.
     */
    public static void acceptInvitation(ApplicationContext context, String email) {
        var recipient = Person.normalise(email);
        var mail = context.getBean(Mailer.class).outbox(500).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .filter(entry -> entry.body().contains("/invitation/"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No invitation mailed to " + recipient));
        var matcher = INVITATION_LINK.matcher(mail.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No link in " + mail.body());
        }
        var accounts = context.getBean(Accounts.class);
        var token = matcher.group(1);
        var link = accounts.checkLink(token);
        if (link.existingAccount()) {
            accounts.acceptInvitation(token);
        } else {
            accounts.acceptInvitation(token, link.displayName(), "an invited person's passphrase");
        }
    }

    public static UUID idOf(UserDetails person) {
        return ((SignedIn) person).personId();
    }
}
