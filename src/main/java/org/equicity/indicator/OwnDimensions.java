package org.equicity.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/**
 * The breakdown dimensions a city or a network adds of its own (its districts, its services), beside those of the
 * data files. Each change of name or categories is a new version; observations keep the version they were recorded
 * against. A city's coordinators keep the city's dimensions, which only that city's indicators use; a network's
 * secretariat keeps the network's, which its member cities' indicators use.
 */
public interface OwnDimensions {

    /** The dimensions the city keeps itself; for its people. */
    List<OwnDimension> ofCity(CityId city);

    /** The dimensions the network keeps for its member cities; for its secretariat. */
    List<OwnDimension> ofNetwork(NetworkId network);

    /** One dimension by its code, for its keepers; not found for anyone else. */
    OwnDimension dimension(String code);

    /** Adds a dimension of the city; its code is the city's slug and the code given, joined by a hyphen. */
    String addForCity(CityId city, String code, DimensionContent content);

    /** Adds a dimension of the network, for its member cities, coded like a city's. */
    String addForNetwork(NetworkId network, String code, DimensionContent content);

    /** Writes a new version where name or categories changed; what was recorded keeps the version it used. */
    void revise(String code, long version, DimensionContent content);

    /** A category as its keeper writes it: {@code parent} is the code of the broader category, or null. */
    record Entry(String code, String parent, LocalizedText label) {

        public Entry {
            code = IndicatorRules.RULES.required(code, 60, "categories");
            if (!code.matches("[a-z0-9][a-z0-9-]*") || Indicators.TOTAL.equals(code)) {
                throw RuleViolationException.about("categories", "indicator.rule.category-code", code);
            }
            parent = parent == null || parent.isBlank() ? null : parent.strip();
            if (label == null || label.isEmpty()) {
                throw RuleViolationException.about("categories", "indicator.rule.category-label", code);
            }
        }
    }

    /** The name of a dimension and its categories, each broader one before those that roll up into it. */
    record DimensionContent(LocalizedText name, List<Entry> categories) {

        public DimensionContent {
            if (name == null || name.isEmpty()) {
                throw RuleViolationException.about("name", "indicator.rule.required", "name");
            }
            categories = categories == null ? List.of() : List.copyOf(categories);
            if (categories.isEmpty()) {
                throw RuleViolationException.about("categories", "indicator.rule.required", "categories");
            }
            var seen = new HashSet<String>();
            for (var entry : categories) {
                if (entry.parent() != null && !seen.contains(entry.parent())) {
                    throw RuleViolationException.about(
                            "categories", "indicator.rule.category-parent", entry.code(), entry.parent());
                }
                if (!seen.add(entry.code())) {
                    throw RuleViolationException.about("categories", "indicator.rule.category-twice", entry.code());
                }
            }
        }

        /** The dimension as indicators use it, its categories with their depth in the hierarchy. */
        Dimension dimension(String code, int version) {
            var categories = new ArrayList<Dimension.Category>();
            for (var entry : this.categories) {
                int depth = entry.parent() == null
                        ? 0
                        : categories.stream()
                                        .filter(c -> c.code().equals(entry.parent()))
                                        .findFirst()
                                        .orElseThrow()
                                        .depth()
                                + 1;
                categories.add(new Dimension.Category(entry.code(), entry.label(), entry.parent(), depth));
            }
            return new Dimension(code, Integer.toString(version), name, categories);
        }
    }

    /**
     * A dimension with its newest version; {@code rowVersion} guards against concurrent edits. Exactly one of
     * {@code city} and {@code network} keeps it.
     */
    record OwnDimension(
            String code,
            CityId city,
            NetworkId network,
            int number,
            long rowVersion,
            DimensionContent content,
            boolean editable) {

        public OwnDimension {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(content, "content");
        }

        public Dimension dimension() {
            return content.dimension(code, number);
        }
    }
}
