package org.equicity.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equicity.shared.RuleViolationException;

/** A city's official languages as ISO 639-1 codes, at least one; the first is the one it writes in by default. */
record OfficialLanguages(List<String> codes) {

    static final int MAX = 12;

    OfficialLanguages {
        var distinct = new ArrayList<String>();
        for (var code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            var language = Checks.language(code);
            if (!distinct.contains(language)) {
                distinct.add(language);
            }
        }
        if (distinct.isEmpty()) {
            throw new RuleViolationException("city.error.language-required");
        }
        if (distinct.size() > MAX) {
            throw new RuleViolationException("city.error.too-many-languages", MAX);
        }
        codes = List.copyOf(distinct);
    }

    static OfficialLanguages parse(String stored) {
        return new OfficialLanguages(Arrays.asList(stored.split(",")));
    }

    String stored() {
        return String.join(",", codes);
    }
}
