package org.equicity.people;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a real person holding the given roles, so that tests of any module sign in exactly as a user would and
 * every access check runs against stored grants. Use with {@code SecurityMockMvcRequestPostProcessors.user(...)}.
 */
public final class TestPeople {

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

    public static UUID idOf(UserDetails person) {
        return ((SignedIn) person).personId();
    }
}
