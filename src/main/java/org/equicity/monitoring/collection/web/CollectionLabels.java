package org.equicity.monitoring.collection.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.indicator.Indicators;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The labels of the codes records are made of, in the reader's language, as the templates name them. */
@Component
class CollectionLabels {

    private final Frameworks frameworks;
    private final Indicators indicators;
    private final Cities cities;

    CollectionLabels(Frameworks frameworks, Indicators indicators, Cities cities) {
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.cities = cities;
    }

    Map<String, String> of(FrameworkRef ref, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        frameworks
                .find(ref)
                .ifPresent(framework -> framework
                        .allItems()
                        .forEach(item -> labels.put(item.code(), item.label().in(locale))));
        return labels;
    }

    /** The city's breakdown dimensions (by id) and their categories (by code), each labelled. */
    Map<String, String> dimensions(CityId city, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        indicators
                .dimensions(city)
                .forEach(
                        dimension -> labels.put(dimension.id(), dimension.name().in(locale)));
        return labels;
    }

    Map<String, String> categories(CityId city, String dimensionId, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        indicators.dimensions(city).stream()
                .filter(dimension -> dimension.id().equals(dimensionId))
                .forEach(dimension -> dimension
                        .categories()
                        .forEach(category ->
                                labels.put(category.code(), category.label().in(locale))));
        return labels;
    }

    Map<String, String> departments(CityId city) {
        var labels = new LinkedHashMap<String, String>();
        cities.departments(city)
                .forEach(department -> labels.put(department.id().value().toString(), department.name()));
        return labels;
    }

    /** {@code actorGroups}, {@code lifeSpheres}, {@code grounds}, {@code incidentForms}, {@code incidentResponses}. */
    void addTo(Model model, Locale locale) {
        model.addAttribute("actorGroups", of(Monitoring.ACTOR_GROUPS, locale));
        model.addAttribute("lifeSpheres", of(Monitoring.TOPICS, locale));
        model.addAttribute("grounds", of(DataCollection.GROUNDS, locale));
        model.addAttribute("incidentForms", of(DataCollection.FORMS, locale));
        model.addAttribute("incidentResponses", of(DataCollection.RESPONSES, locale));
    }
}
