package org.equicity.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkSummary;
import org.equicity.practice.Contributors;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibrarySort;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of the library's filter form ({@code forms :: select}): cities and networks by slug, contributors by id,
 * the designation states the reader may see, and the orders as the address spells them.
 */
@Component
class LibraryChoices {

    private final Practices practices;
    private final Cities cities;
    private final Contributors contributors;
    private final Networks networks;
    private final PracticeVocabulary vocabulary;
    private final PageForms forms;

    LibraryChoices(
            Practices practices,
            Cities cities,
            Contributors contributors,
            Networks networks,
            PracticeVocabulary vocabulary,
            PageForms forms) {
        this.practices = practices;
        this.cities = cities;
        this.contributors = contributors;
        this.networks = networks;
        this.vocabulary = vocabulary;
        this.forms = forms;
    }

    /** Adds the choices, and the filter's errors, none yet. */
    FormErrors addTo(Model model, Locale locale) {
        model.addAttribute("cityChoices", Choices.of(cities.all(), CitySummary::slug, CitySummary::name));
        model.addAttribute(
                "contributorChoices",
                Choices.of(
                        contributors.all(),
                        contributor -> contributor.id().value().toString(),
                        contributor -> contributor.details().name()));
        model.addAttribute("networkChoices", Choices.of(networks.all(), NetworkSummary::slug, NetworkSummary::name));
        model.addAttribute("countries", vocabulary.countries(locale));
        model.addAttribute("designations", designations());
        model.addAttribute("sorts", sorts());
        return forms.errors(model);
    }

    /** Designated practices for everyone; the other states for those who review a network's practices. */
    private Map<String, String> designations() {
        if (practices.reviewableNetworks().isEmpty()) {
            return Choices.named(PracticeStatus.DESIGNATED);
        }
        return Choices.named(PracticeStatus.values());
    }

    /** The orders in lower case, as the address spells them, with the end of their message key. */
    private static Map<String, String> sorts() {
        return Choices.of(
                List.of(LibrarySort.values()), sort -> sort.name().toLowerCase(Locale.ROOT), LibrarySort::name);
    }
}
