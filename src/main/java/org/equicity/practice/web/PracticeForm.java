package org.equicity.practice.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.Description;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.practice.Practices.Template;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/**
 * The template as the city writes it, and the description as compendia give it; reference documents are typed one per
 * line (a label, then the address); {@code version} is the one the editor started from.
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
        Integer year,
        String measureType,
        String chapter,
        String aims,
        String evaluation,
        String leadingAuthority,
        String implementingPartners,
        String areaOfIntervention,
        String periodStart,
        String periodEnd,
        String references) {

    PracticeForm {
        fieldsOfAction = fieldsOfAction == null ? List.of() : fieldsOfAction;
        fieldsOfActivity = fieldsOfActivity == null ? List.of() : fieldsOfActivity;
    }

    static PracticeForm of(PracticeView practice) {
        var content = practice.content();
        var template = content.template();
        var classification = content.classification();
        var description = content.description();
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
                classification.year(),
                description.measureType(),
                description.chapter(),
                description.aims(),
                description.evaluation(),
                description.leadingAuthority(),
                description.implementingPartners(),
                description.areaOfIntervention(),
                description.periodStart(),
                description.periodEnd(),
                String.join(
                        "\n",
                        description.references().stream()
                                .map(reference -> reference.address() == null
                                        ? reference.label()
                                        : reference.label() + " " + reference.address())
                                .toList()));
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
                year,
                measureType,
                chapter,
                aims,
                evaluation,
                leadingAuthority,
                implementingPartners,
                areaOfIntervention,
                periodStart,
                periodEnd,
                references);
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
                new Classification(commitment, track, fieldsOfActivity, year),
                new Description(
                        measureType,
                        chapter,
                        aims,
                        evaluation,
                        leadingAuthority,
                        implementingPartners,
                        areaOfIntervention,
                        periodStart,
                        periodEnd,
                        referenceList()));
    }

    private List<Description.Reference> referenceList() {
        return references == null
                ? List.of()
                : Arrays.stream(references.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .map(Description.Reference::of)
                        .toList();
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
