package org.equicity.monitoring.collection;

import java.util.HashMap;
import java.util.Map;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The codes records are made of must be the data files' own (grounds, forms, responses, life spheres, actor groups),
 * so that what is recorded stays countable and nothing else, no name or story, can be typed in their place.
 */
@Component
class CollectionVocabulary {

    private final Frameworks frameworks;

    CollectionVocabulary(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** @throws RuleViolationException about {@code field} when the data file has no item of this code */
    void requireKnown(FrameworkRef ref, String code, String field) {
        if (!parents(ref).containsKey(code)) {
            throw RuleViolationException.about(field, "monitoring.collection.rule.unknown-code", field, code);
        }
    }

    /** Every code of the data file with the code of the broader item it belongs to (null at the top). */
    Map<String, @Nullable String> parents(FrameworkRef ref) {
        var parents = new HashMap<String, @Nullable String>();
        frameworks.find(ref).ifPresent(framework -> framework.items().forEach(item -> collect(item, null, parents)));
        return parents;
    }

    private static void collect(FrameworkItem item, @Nullable String parent, Map<String, @Nullable String> parents) {
        parents.put(item.code(), parent);
        item.children().forEach(child -> collect(child, item.code(), parents));
    }
}
