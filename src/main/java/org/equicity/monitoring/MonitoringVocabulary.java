package org.equicity.monitoring;

import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The codes a programme and its steering group are described with must be the data files' own (kinds, topics, actor
 * groups), so that a network bringing its own files changes what cities choose from, not the code.
 */
@Component
class MonitoringVocabulary {

    private final Frameworks frameworks;

    MonitoringVocabulary(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** @throws RuleViolationException about {@code field} when the data file has no item of this code */
    void requireKnown(FrameworkRef ref, String code, String field) {
        var known =
                frameworks.find(ref).flatMap(framework -> framework.item(code)).isPresent();
        if (!known) {
            throw RuleViolationException.about(field, "monitoring.rule.unknown-code", field, code);
        }
    }
}
