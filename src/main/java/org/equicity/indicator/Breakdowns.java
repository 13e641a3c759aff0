package org.equicity.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.Frameworks;
import org.equicity.indicator.Dimension.Category;
import org.equicity.network.Networks;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The breakdown dimensions: every framework whose id starts with {@code breakdown-} (its newest version; an
 * installation adds its own through {@code equicity.frameworks.directory}), whose items are categories and whose
 * sub-items roll up into them, the city's departments, and the city's own dimensions and those of the networks it
 * belongs to ({@link OwnDimensions}), which no other city sees.
 */
@Component
class Breakdowns {

    static final String PREFIX = "breakdown-";
    static final String DEPARTMENT = "department";

    private final Frameworks frameworks;
    private final Cities cities;
    private final Networks networks;
    private final OwnDimensionRepository own;

    Breakdowns(Frameworks frameworks, Cities cities, Networks networks, OwnDimensionRepository own) {
        this.frameworks = frameworks;
        this.cities = cities;
        this.networks = networks;
        this.own = own;
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
            dimensions.add(new Dimension(DEPARTMENT, null, departmentName(), departments));
        }
        dimensions.addAll(ownOf(city));
        return dimensions;
    }

    /** The city's own dimensions and those of the networks it belongs to now, in their newest versions. */
    private List<Dimension> ownOf(CityId city) {
        var memberOf = networks.membershipsOf(city).stream()
                .filter(membership -> membership.leftOn() == null)
                .map(membership -> membership.network().value())
                .toList();
        var rows = memberOf.isEmpty() ? own.ofCity(city.value()) : own.usableBy(city.value(), memberOf);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> codes = new HashMap<>();
        rows.forEach(row -> codes.put(row.id(), row.code()));
        return own.newest(codes.keySet()).stream()
                .map(version -> version.content().dimension(codes.get(version.dimensionId()), version.number()))
                .sorted(Comparator.comparing(Dimension::id))
                .toList();
    }

    /**
     * The dimensions with the categories that cells were recorded against in earlier versions of an own dimension
     * and that its newest version no longer has, after the newest ones with their labels of then: what was recorded
     * keeps its version.
     */
    List<Dimension> asRecorded(List<Dimension> dimensions, List<Observation> observations) {
        var earlier = new HashMap<String, Set<Integer>>();
        for (var observation : observations) {
            var version = observation.dimensionVersion();
            dimensions.stream()
                    .filter(d -> d.id().equals(observation.cell().dimension()) && isOwnVersion(d, version))
                    .forEach(d -> earlier.computeIfAbsent(d.id(), id -> new TreeSet<>(Comparator.reverseOrder()))
                            .add(Integer.parseInt(version)));
        }
        if (earlier.isEmpty()) {
            return dimensions;
        }
        return dimensions.stream()
                .map(d -> earlier.containsKey(d.id()) ? withEarlier(d, earlier.get(d.id())) : d)
                .toList();
    }

    private static boolean isOwnVersion(Dimension dimension, String version) {
        return version != null
                && !version.equals(dimension.version())
                && version.matches("[0-9]{1,9}")
                && dimension.version() != null
                && dimension.version().matches("[0-9]{1,9}");
    }

    private Dimension withEarlier(Dimension dimension, Set<Integer> versions) {
        var row = own.byCode(dimension.id()).orElse(null);
        if (row == null) {
            return dimension;
        }
        var categories = new ArrayList<>(dimension.categories());
        for (var number : versions) {
            own.version(row.id(), number)
                    .ifPresent(version -> version.content().dimension(dimension.id(), number).categories().stream()
                            .filter(old -> dimension.category(old.code()).isEmpty())
                            .filter(old ->
                                    categories.stream().noneMatch(c -> c.code().equals(old.code())))
                            .forEach(old -> categories.add(new Category(old.code(), old.label(), null, 0))));
        }
        return new Dimension(dimension.id(), dimension.version(), dimension.name(), categories);
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
        return new Dimension(framework.ref().id(), framework.ref().version(), framework.name(), categories);
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
