package org.equicity.plan;

import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.shared.CityId;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.equicity.translation.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The language a text belonging to a plan (a commitment, an action, a need, a progress update) is recorded in when
 * its writer did not choose one: the plan's, or the city's main language for a plan that has none recorded; and
 * where saved texts go to be archived in English.
 */
@Component
class PlanLanguages {

    private final Cities cities;
    private final ApplicationEventPublisher events;

    PlanLanguages(Cities cities, ApplicationEventPublisher events) {
        this.cities = cities;
        this.events = events;
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

    /**
     * The language a saved text is in: the one its writer chose, else the one recorded so far (an API client that
     * does not say keeps it), else for a plan the city's main language and for what belongs to a plan the plan's.
     */
    String languageFor(CityId city, String chosen, String recorded) {
        if (chosen != null) {
            return chosen;
        }
        return recorded != null ? recorded : cityLanguage(city);
    }

    String cityLanguage(CityId city) {
        return cities.find(city).map(Cities.CitySummary::mainLanguage).orElse(Translations.ARCHIVE_LANGUAGE);
    }

    /** Announces the saved texts; the translation module archives them in English in the background. */
    void archive(CityId city, String language, Map<FieldRef, String> texts) {
        events.publishEvent(TextsSaved.of(city, language != null ? language : cityLanguage(city), texts));
    }
}
