package org.equicity.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * Texts of a city's content, or of content a network keeps itself (the practices of contributors that are not
 * cities), were saved, in the given language, by the module that owns the content; exactly one of {@code city} and
 * {@code network} is set. Its owner
 * publishes it in the saving transaction; this module records the texts and requests their translations once the
 * save has committed (see {@link Translations#textsSaved}). The type lives here, not with the owners, because the
 * owners read translations and this module must not depend on them in turn.
 *
 * <p>The texts are a list rather than a map: the event is stored in the publication registry until handled, and a
 * {@link FieldRef} is no map key that storage can read back.
 */
public record TextsSaved(CityId city, NetworkId network, String language, List<Text> texts) {

    public record Text(FieldRef field, String text) {}

    public TextsSaved {
        if ((city == null) == (network == null)) {
            throw new IllegalArgumentException("Texts belong to a city or to a network");
        }
        Objects.requireNonNull(language, "language");
        texts = List.copyOf(texts);
    }

    /** The texts as saved, field by field. */
    public static TextsSaved of(CityId city, String language, Map<FieldRef, String> texts) {
        return new TextsSaved(city, null, language, list(texts));
    }

    /** The texts of content the network keeps itself, field by field. */
    public static TextsSaved of(NetworkId network, String language, Map<FieldRef, String> texts) {
        return new TextsSaved(null, network, language, list(texts));
    }

    private static List<Text> list(Map<FieldRef, String> texts) {
        return texts.entrySet().stream()
                .map(each -> new Text(each.getKey(), each.getValue()))
                .toList();
    }

    Map<FieldRef, String> byField() {
        var fields = new LinkedHashMap<FieldRef, String>();
        texts.forEach(each -> fields.put(each.field(), each.text()));
        return fields;
    }
}
