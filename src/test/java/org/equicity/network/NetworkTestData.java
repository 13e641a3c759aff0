package org.equicity.network;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.equicity.city.Cities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Stores networks and cities through the facades, as a platform administrator would, for tests of any layer. */
public final class NetworkTestData {

    private final ApplicationContext context;

    public NetworkTestData(ApplicationContext context) {
        this.context = context;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public <T> T as(UserDetails user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public <T> T asAdmin(Supplier<T> action) {
        return as(admin(), action);
    }

    public UserDetails admin() {
        return TestPeople.holding(context, RoleGrant.platformAdmin());
    }

    public UserDetails secretariatOf(NetworkId network) {
        return TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network));
    }

    public UserDetails coordinatorOf(CityId city) {
        return TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city));
    }

    public Networks.NetworkDetails network(String name) {
        var networks = context.getBean(Networks.class);
        return asAdmin(() -> networks.create(
                new Networks.CreateNetwork(unique("net"), name, "About " + name, "https://example.org", null)));
    }

    public Cities.CitySummary city(String name) {
        var cities = context.getBean(Cities.class);
        return asAdmin(() -> cities.create(new Cities.CreateCity(unique("city"), name, "AT", 300_000L, List.of("de"))));
    }
}
