package org.equicity.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.Frameworks;
import org.equicity.indicator.Dimension.Category;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The breakdown dimensions: every framework whose id starts with {@code breakdown-} (its newest version; an
 * installation adds its own through {@code equicity.frameworks.directory}), whose items are categories and whose
 * sub-items roll up into them, and the city's departments.
 */
@Component
class Breakdowns {

    static final String PREFIX = "breakdown-";
    static final String DEPARTMENT = "department";

    private final Frameworks frameworks;
    private final Cities cities;

    Breakdowns(Frameworks frameworks, Cities cities) {
        this.frameworks = frameworks;
        this.cities = cities;
    }

    List<Dimension> of(CityId city) {
        var newest = new LinkedHashMap<String, Framework>();
        frameworks.all().stream()
                .filter(framework -> framework.ref().id().startsWith(PREFIX))
                .forEach(framework -> newest.putIfAbsent(framework.ref().id(), framework));
        var dimensions = new ArrayList<Dimension>();
        newest.values().forEach(framework -> dimensions.add(dimension(framework)));
        var departments = cities.departments(city).stream()
                .map(d -> new Category(d.id().value().toString(), LocalizedText.of("en", d.name()), null, 0))
                .toList();
        if (!departments.isEmpty()) {
            dimensions.add(new Dimension(DEPARTMENT, departmentName(), departments));
        }
        return dimensions;
    }

    /** The dimensions among {@code ids}, in the order given; unknown ids are left out. */
    List<Dimension> chosen(CityId city, List<String> ids) {
        return chosen(of(city), ids);
    }

    /** As {@link #chosen(CityId, List)} among dimensions already read, for views of many indicators at once. */
    static List<Dimension> chosen(List<Dimension> dimensions, List<String> ids) {
        Map<String, Dimension> all = new LinkedHashMap<>();
        dimensions.forEach(dimension -> all.put(dimension.id(), dimension));
        return ids.stream().filter(all::containsKey).map(all::get).toList();
    }

    private static Dimension dimension(Framework framework) {
        var categories = new ArrayList<Category>();
        framework.items().forEach(item -> add(item, null, 0, categories));
        return new Dimension(framework.ref().id(), framework.name(), categories);
    }

    private static void add(FrameworkItem item, String parent, int depth, List<Category> categories) {
        categories.add(new Category(item.code(), item.label(), parent, depth));
        item.children().forEach(child -> add(child, item.code(), depth + 1, categories));
    }

    private static LocalizedText departmentName() {
        return new LocalizedText(Map.of(
                "en", "Department", "de", "Fachbereich", "fr", "Service", "es", "Departamento", "it", "Settore"));
    }
}
