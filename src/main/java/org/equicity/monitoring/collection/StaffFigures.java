package org.equicity.monitoring.collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.equicity.city.Cities;
import org.equicity.indicator.Dimension;
import org.equicity.indicator.Indicators;
import org.equicity.monitoring.collection.CountTables.Axis;
import org.equicity.monitoring.collection.CountTables.Counted;
import org.equicity.monitoring.collection.DataCollection.ProtectedTable;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Staff diversity figures count by a breakdown dimension of the indicators (migration background, nationality
 * group, …), so that they compare with the city's other figures; they leave only as a protected table.
 */
@Component
class StaffFigures {

    /** The disclosure rules' name for staff diversity tables ({@code equicity.disclosure.datasets.<name>}). */
    static final String DISCLOSURE = "monitoring-staff-diversity";

    private final StaffFigureRepository figures;
    private final Indicators indicators;
    private final Cities cities;
    private final CountTables tables;

    StaffFigures(StaffFigureRepository figures, Indicators indicators, Cities cities, CountTables tables) {
        this.figures = figures;
        this.indicators = indicators;
        this.cities = cities;
        this.tables = tables;
    }

    void requireDimension(CityId city, @Nullable String dimension) {
        if (dimension == null || find(city, dimension) == null) {
            throw RuleViolationException.about(
                    "dimension", "monitoring.collection.rule.unknown-code", "dimension", String.valueOf(dimension));
        }
    }

    /** The categories of the dataset's dimension, each with the broader one it rolls up into. */
    Map<String, @Nullable String> categories(Dataset dataset) {
        var categories = new LinkedHashMap<String, @Nullable String>();
        var dimension = dataset.dimension() == null ? null : find(dataset.city(), dataset.dimension());
        if (dimension != null) {
            dimension.categories().forEach(category -> categories.put(category.code(), category.parent()));
        }
        return categories;
    }

    ProtectedTable table(Dataset dataset, int year) {
        var stored = figures.findByDatasetIdAndYear(dataset.id().value(), year).stream()
                .map(StaffFigure::count)
                .toList();
        var departments = new LinkedHashMap<String, @Nullable String>();
        cities.departments(dataset.city())
                .forEach(department -> departments.put(department.id().value().toString(), null));
        var grades = new TreeMap<String, @Nullable String>();
        stored.forEach(count -> grades.put(count.grade(), null));
        var axes = List.of(
                new Axis("department", departments),
                new Axis("grade", grades),
                new Axis("category", categories(dataset)));
        var counted = stored.stream()
                .map(count -> new Counted(
                        List.of(
                                Set.of(count.department().value().toString()),
                                Set.of(count.grade()),
                                Set.of(count.category())),
                        count.staff()))
                .toList();
        return tables.protect(dataset.title(), DISCLOSURE, String.valueOf(year), axes, counted);
    }

    private @Nullable Dimension find(CityId city, String id) {
        return indicators.dimensions(city).stream()
                .filter(dimension -> dimension.id().equals(id))
                .findFirst()
                .orElse(null);
    }
}
