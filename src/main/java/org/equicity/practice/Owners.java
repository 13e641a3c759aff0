package org.equicity.practice;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Names the owner of practices: their city (read from the city module) or their contributor. */
@Component
class Owners {

    private final Cities cities;
    private final ContributorRepository contributors;

    Owners(Cities cities, ContributorRepository contributors) {
        this.cities = cities;
        this.contributors = contributors;
    }

    static Owner of(CitySummary city) {
        return new Owner(
                city.id(),
                city.slug(),
                null,
                null,
                city.name(),
                OwnerLevel.LOCAL,
                city.country() == null ? List.of() : List.of(city.country()));
    }

    Owner of(GoodPractice practice) {
        return cached().apply(practice);
    }

    /** For many practices: each city and contributor is read once. */
    Function<GoodPractice, Owner> cached() {
        var byCity = new HashMap<CityId, Owner>();
        var byContributor = new HashMap<ContributorId, Owner>();
        return practice -> practice.city() != null
                ? byCity.computeIfAbsent(practice.city(), id -> of(city(id)))
                : byContributor.computeIfAbsent(practice.contributor(), this::contributor);
    }

    CitySummary city(CityId id) {
        return cities.find(id).orElseThrow(() -> new NotFoundException("City", id.value()));
    }

    private Owner contributor(ContributorId id) {
        return contributors
                .findById(id.value())
                .map(Contributor::owner)
                .orElseThrow(() -> new NotFoundException("Contributor", id.value()));
    }
}
