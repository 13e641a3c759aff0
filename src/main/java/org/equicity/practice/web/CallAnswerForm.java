package org.equicity.practice.web;

import java.util.List;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;

/** A new practice written in answer to a call: the template's main texts, the call's fields of action preselected. */
record CallAnswerForm(
        String language,
        String title,
        String mainPurpose,
        String implementationPeriod,
        String purpose,
        String process,
        String impact,
        List<String> fieldsOfAction) {

    CallAnswerForm {
        fieldsOfAction = fieldsOfAction == null ? List.of() : List.copyOf(fieldsOfAction);
    }

    PracticeContent content() {
        return new PracticeContent(
                language,
                new Template(
                        title,
                        null,
                        null,
                        fieldsOfAction,
                        mainPurpose,
                        implementationPeriod,
                        purpose,
                        null,
                        process,
                        impact,
                        List.of()),
                Classification.none());
    }
}
