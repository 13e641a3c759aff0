package org.equicity.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.shared.CityId;

/**
 * Texts of a city's content were saved, in the given language, by the module that owns the content. Its owner
 * publishes it in the saving transaction; this module records the texts and requests their translations once the
 * save has committed (see {@link Translations#textsSaved}). The type lives here, not with the owners, because the
 * owners read translations and this module must not depend on them in turn.
 *
 * <p>The texts are a list rather than a map: the event is stored in the publication registry until handled, and a
 * {@link FieldRef} is no map key that storage can read back.
 */
public record TextsSaved(CityId city, String language, List<Text> texts) {

    public record Text(FieldRef field, String text) {}

    public TextsSaved {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(language, "language");
        texts = List.copyOf(texts);
    }

    /** The texts as saved, field by field. */
    public static TextsSaved of(CityId city, String language, Map<FieldRef, String> texts) {
        return new TextsSaved(
                city,
                language,
                texts.entrySet().stream()
                        .map(each -> new Text(each.getKey(), each.getValue()))
                        .toList());
    }

    Map<FieldRef, String> byField() {
        var fields = new LinkedHashMap<FieldRef, String>();
        texts.forEach(each -> fields.put(each.field(), each.text()));
        return fields;
    }
}
