package org.equicity.city.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Population and official languages as the forms that create a city and keep its profile up to date type them: the
 * population as text, the main language apart from the others.
 */
final class CityBasics {

    /** What the population field accepts: digits, or nothing. */
    static final String POPULATION = "\\s*\\d{0,12}\\s*";

    private CityBasics() {}

    /** @param typed digits, which the form's constraint has checked */
    static @Nullable Long population(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
    }

    /** The main language first, as the city writes in it by default. */
    static List<String> officialLanguages(@Nullable String main, List<String> others) {
        var languages = new ArrayList<String>();
        languages.add(main);
        others.stream().filter(code -> !code.equals(main)).forEach(languages::add);
        return languages;
    }
}
