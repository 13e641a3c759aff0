package org.equicity.practice;

import java.util.List;
import java.util.Objects;
import org.equicity.shared.CityId;

/**
 * Whose practice it is: a city ({@code city} and {@code citySlug} set, {@code kind} null) or a contributor that is
 * not one ({@code contributor} and {@code kind} set). {@code countries} are ISO 3166-1 alpha-2 codes: a city's one
 * country, none or several for a contributor.
 */
public record Owner(
        CityId city,
        String citySlug,
        ContributorId contributor,
        ContributorKind kind,
        String name,
        OwnerLevel level,
        List<String> countries) {

    public Owner {
        if ((city == null) == (contributor == null)) {
            throw new IllegalArgumentException("A practice has one owner: a city or a contributor");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        countries = List.copyOf(countries);
    }

    public boolean isCity() {
        return city != null;
    }

    /** The first of its countries, or null for a contributor without one. */
    public String country() {
        return countries.isEmpty() ? null : countries.get(0);
    }
}
