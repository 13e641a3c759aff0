package org.equicity.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equicity.shared.LocalizedText;

/**
 * A breakdown dimension (sex, age group, ...) with its categories in display order, each broader category before the
 * narrower ones that roll up into it. The dimensions an installation ships are framework versions whose id starts
 * with {@code breakdown-}; a city's departments are a dimension of their own, and a city or a network may add its
 * own ({@link OwnDimensions}). {@code version} is the version of the data file or of the own dimension (null for
 * the departments, which are read as they are); each cell keeps the version it was recorded against.
 */
public record Dimension(String id, String version, LocalizedText name, List<Category> categories) {

    public Dimension {
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String label(String code, Locale locale) {
        return category(code).map(c -> c.label().in(locale)).orElse(code);
    }

    /** A category; {@code parent} is the broader category it rolls up into (null at the top). */
    public record Category(String code, LocalizedText label, String parent, int depth) {}
}
