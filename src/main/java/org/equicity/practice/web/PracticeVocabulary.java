package org.equicity.practice.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.OwnerLevel;
import org.equicity.shared.web.Choices;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The code lists a practice is classified with, as code → label in one language: commitments, tracks and fields of
 * activity of the ECCAR frameworks, the intercultural-cities fields of action, and the countries of the platform's
 * cities. Pages show labels in the reader's language; the codebook gives them in English.
 */
@Component
class PracticeVocabulary {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");
    static final FrameworkRef FIELDS_OF_ACTION = FrameworkRef.parse("ici-fields-of-action@2019");
    static final FrameworkRef MEASURE_TYPES = FrameworkRef.parse("practice-measure-types@2026");

    /** Marks a sub-field in a flat list of choices. */
    private static final String SUB_FIELD = "– ";

    private final Frameworks frameworks;
    private final Cities cities;
    private final Contributors contributors;

    PracticeVocabulary(Frameworks frameworks, Cities cities, Contributors contributors) {
        this.frameworks = frameworks;
        this.cities = cities;
        this.contributors = contributors;
    }

    /** Every item with its sub-items after it, labelled in the language. */
    Map<String, String> labels(FrameworkRef ref, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        frameworks.find(ref).ifPresent(framework -> framework.items().forEach(item -> add(labels, item, locale, "")));
        return labels;
    }

    /** As {@link #labels}, with sub-fields marked, for a list of choices. */
    Map<String, String> choices(FrameworkRef ref, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        frameworks
                .find(ref)
                .ifPresent(framework -> framework.items().forEach(item -> add(labels, item, locale, SUB_FIELD)));
        return labels;
    }

    /** The countries of the platform's cities and contributors, by name in the language. */
    Map<String, String> countries(Locale locale) {
        var countries = new LinkedHashMap<String, String>();
        Stream.concat(
                        cities.all().stream().map(Cities.CitySummary::country),
                        contributors.all().stream().flatMap(contributor -> contributor.details().countries().stream()))
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparing(code -> countryName(code, locale)))
                .forEach(code -> countries.put(code, countryName(code, locale)));
        return countries;
    }

    static String countryName(String code, Locale locale) {
        var name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** The labels the library, the detail page and the forms show. */
    void addTo(Model model, Locale locale) {
        model.addAttribute("commitments", labels(COMMITMENTS, locale));
        model.addAttribute("tracks", labels(TRACKS, locale));
        model.addAttribute("fieldsOfAction", labels(FIELDS_OF_ACTION, locale));
        model.addAttribute("fieldOfActionChoices", choices(FIELDS_OF_ACTION, locale));
        model.addAttribute("fieldsOfActivity", labels(FIELDS_OF_ACTIVITY, locale));
        model.addAttribute("measureTypes", labels(MEASURE_TYPES, locale));
        model.addAttribute("countryNames", allCountries(locale));
        model.addAttribute("levels", Choices.named(OwnerLevel.values()));
        model.addAttribute("contributorKinds", Choices.named(ContributorKind.values()));
    }

    /** Every ISO 3166-1 country by its name in the language, for naming and choosing a contributor's countries. */
    static Map<String, String> allCountries(Locale locale) {
        var countries = new TreeMap<String, String>();
        for (var code : Locale.getISOCountries()) {
            countries.put(code, countryName(code, locale));
        }
        var byName = new LinkedHashMap<String, String>();
        countries.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return byName;
    }

    private static void add(Map<String, String> labels, FrameworkItem item, Locale locale, String childPrefix) {
        labels.put(item.code(), item.label().in(locale));
        item.children().forEach(child -> add(labels, child, locale, childPrefix, childPrefix));
    }

    private static void add(
            Map<String, String> labels, FrameworkItem item, Locale locale, String prefix, String childPrefix) {
        labels.put(item.code(), prefix + item.label().in(locale));
        item.children().forEach(child -> add(labels, child, locale, prefix + childPrefix, childPrefix));
    }
}
