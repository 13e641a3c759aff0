package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.equicity.city.Cities.CreateCity;
import org.jspecify.annotations.Nullable;

/** What a platform administrator types to create a city. */
record CityForm(
        @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?", message = "{city.error.slug}") @Nullable
        String slug,

        @NotBlank(message = "{city.error.name-required}")
        @Size(max = 200, message = "{city.error.name-too-long}")
        @Nullable
        String name,

        @NotBlank(message = "{city.error.country}") @Nullable
        String country,

        @Pattern(regexp = CityBasics.POPULATION, message = "{city.error.population}") @Nullable
        String population,

        @NotBlank(message = "{city.error.language-required}") @Nullable
        String mainLanguage,

        List<String> otherLanguages) {

    static final CityForm BLANK = new CityForm(null, null, null, null, null, List.of());

    CityForm {
        otherLanguages = otherLanguages == null ? List.of() : otherLanguages;
    }

    CreateCity command() {
        return new CreateCity(
                slug,
                name,
                country,
                CityBasics.population(population),
                CityBasics.officialLanguages(mainLanguage, otherLanguages));
    }
}
