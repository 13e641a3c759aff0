package org.equicity.plan;

import org.equicity.city.Cities;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;

/**
 * The language a text belonging to a plan (a comment, a progress update, a meeting's minutes) is recorded in when its
 * writer did not choose one: the plan's, or the city's main language for a plan that has none recorded.
 */
@Component
class PlanLanguages {

    private final Cities cities;

    PlanLanguages(Cities cities) {
        this.cities = cities;
    }

    /** What the writer chose, else the plan's language. */
    String of(Plan plan, String chosen) {
        if (chosen != null) {
            return chosen;
        }
        var planLanguage = plan.details().language();
        return planLanguage != null
                ? planLanguage
                : cities.find(plan.city()).map(Cities.CitySummary::mainLanguage).orElse(Translations.ARCHIVE_LANGUAGE);
    }
}
