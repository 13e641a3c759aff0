package org.equicity.practice.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.practice.Practices.Template;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/**
 * The template as the city writes it; reference documents are typed one per line; {@code version} is the one the
 * editor started from.
 */
record PracticeForm(
        long version,
        String network,
        String language,
        String title,
        String department,
        String contact,
        List<String> fieldsOfAction,
        String mainPurpose,
        String implementationPeriod,
        String purpose,
        String rationale,
        String process,
        String impact,
        String referenceDocuments,
        String commitment,
        String track,
        List<String> fieldsOfActivity,
        Integer year) {

    PracticeForm {
        fieldsOfAction = fieldsOfAction == null ? List.of() : fieldsOfAction;
        fieldsOfActivity = fieldsOfActivity == null ? List.of() : fieldsOfActivity;
    }

    static PracticeForm of(PracticeView practice) {
        var content = practice.content();
        var template = content.template();
        var classification = content.classification();
        return new PracticeForm(
                practice.version(),
                practice.summary().network().value().toString(),
                content.language(),
                template.title(),
                template.department(),
                template.contact(),
                template.fieldsOfAction(),
                template.mainPurpose(),
                template.implementationPeriod(),
                template.purpose(),
                template.rationale(),
                template.process(),
                template.impact(),
                String.join("\n", template.referenceDocuments()),
                classification.commitment(),
                classification.track(),
                classification.fieldsOfActivity(),
                classification.year());
    }

    static PracticeForm blank(String language, NetworkId network) {
        return new PracticeForm(
                0,
                network == null ? null : network.value().toString(),
                language,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    PracticeForm over(long stored) {
        return new PracticeForm(
                stored,
                network,
                language,
                title,
                department,
                contact,
                fieldsOfAction,
                mainPurpose,
                implementationPeriod,
                purpose,
                rationale,
                process,
                impact,
                referenceDocuments,
                commitment,
                track,
                fieldsOfActivity,
                year);
    }

    /** @throws RuleViolationException for the first rule the content breaks */
    PracticeContent content() {
        return new PracticeContent(
                language,
                new Template(
                        title,
                        department,
                        contact,
                        fieldsOfAction,
                        mainPurpose,
                        implementationPeriod,
                        purpose,
                        rationale,
                        process,
                        impact,
                        referenceDocuments == null ? List.of() : Arrays.asList(referenceDocuments.split("\\R"))),
                new Classification(commitment, track, fieldsOfActivity, year));
    }

    /** The chosen network; anything that is no id (a tampered form) is no network. */
    NetworkId networkId() {
        try {
            return network == null || network.isBlank() ? null : new NetworkId(UUID.fromString(network.strip()));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
