package org.equicity.city.web;

import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PathArgument;
import org.springframework.context.annotation.Configuration;

/**
 * "The city of this slug, or 404": a page or API handler of any module declares a {@link CitySummary} parameter and
 * gets the city its address names ({@code {citySlug}}, or {@code {slug}} where the city is all the address names),
 * shown to the page's template as {@code city}. Reading a city by its slug is public, so what the reader may do with
 * it is decided where it was before: by the facade the handler calls, which refuses with 403.
 */
@Configuration(proxyBeanMethods = false)
class CityOfSlug extends PathArgument<CitySummary> {

    private final Cities cities;

    CityOfSlug(Cities cities) {
        super(CitySummary.class, "city");
        this.cities = cities;
    }

    @Override
    protected CitySummary load(Map<String, String> variables) {
        var slug = variables.getOrDefault("citySlug", variables.get("slug"));
        if (slug == null) {
            throw new NotFoundException("City", "");
        }
        return cities.bySlug(slug);
    }
}
