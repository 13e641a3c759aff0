package org.equicity.plan.web;

import java.util.Locale;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.translation.LanguageChoice;
import org.equicity.translation.Languages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The city every plan page of the city's people is for, checked once for all of them, and its language choices. */
@ControllerAdvice(
        assignableTypes = {PlanPages.class, PlanConfirmationPages.class, CommitmentPages.class, NeedPages.class})
class PlanPagesAdvice {

    private final Plans plans;
    private final Cities cities;

    PlanPagesAdvice(Plans plans, Cities cities) {
        this.plans = plans;
        this.cities = cities;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!plans.canSeeDrafts(city.id())) {
            throw new AccessDeniedException("Plans are managed by the city's people");
        }
        return city;
    }

    @ModelAttribute("languageChoices")
    Map<String, String> languageChoices(
            @ModelAttribute(name = "city", binding = false) CitySummary city, Locale locale) {
        return Choices.of(Languages.choices(locale, city.mainLanguage()), LanguageChoice::code, LanguageChoice::name);
    }
}
