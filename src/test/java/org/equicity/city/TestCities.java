package org.equicity.city;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.CreateCity;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Stores cities for tests of any module, created the way a platform administrator creates them. */
public final class TestCities {

    private TestCities() {}

    /** A city in Austria with German and English as official languages and a unique slug. */
    public static CitySummary create(ApplicationContext context, String name) {
        return create(context, name, "AT");
    }

    public static CitySummary create(ApplicationContext context, String name, String country) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return as(
                admin,
                () -> context.getBean(Cities.class)
                        .create(new CreateCity(slug, name, country, 250_000L, List.of("de", "en"))));
    }

    /** Runs an action signed in as the given person, as a request of theirs would. */
    public static <T> T as(UserDetails person, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(UserDetails person, Runnable action) {
        as(person, () -> {
            action.run();
            return null;
        });
    }
}
