package org.equicity.practice;

import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The codes a practice is classified with must be the frameworks' own: a code typed freely (or read wrongly from a
 * document) would be a field of action no filter ever finds.
 */
@Component
class TemplateCodes {

    static final FrameworkRef FIELDS_OF_ACTION = FrameworkRef.parse("ici-fields-of-action@2019");
    static final FrameworkRef MEASURE_TYPES = FrameworkRef.parse("practice-measure-types@2026");

    private final Frameworks frameworks;

    TemplateCodes(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** @throws RuleViolationException for the first code its framework does not know */
    void check(PracticeContent content) {
        for (var code : content.template().fieldsOfAction()) {
            if (!known(FIELDS_OF_ACTION, code)) {
                throw new RuleViolationException("practice.rule.field-of-action", code);
            }
        }
        var measureType = content.description().measureType();
        if (measureType != null && !known(MEASURE_TYPES, measureType)) {
            throw new RuleViolationException("practice.rule.measure-type", measureType);
        }
    }

    /** Whether the code is an intercultural-cities field of action. */
    boolean isFieldOfAction(String code) {
        return known(FIELDS_OF_ACTION, code);
    }

    private boolean known(FrameworkRef ref, String code) {
        return frameworks.find(ref).flatMap(framework -> framework.item(code)).isPresent();
    }
}
