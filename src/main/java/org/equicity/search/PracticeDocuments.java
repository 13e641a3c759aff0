package org.equicity.search;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.equicity.practice.Description;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.search.Search.Designation;
import org.equicity.search.Search.Kind;
import org.equicity.search.SearchDocument.Source;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;

/**
 * Derives a practice's one search document: public once designated, before that visible to its city's people and
 * to its network's secretariat and reviewers. Its text is what the practice page shows of it (not its contact). Its
 * English archive is made of the translated template texts, under the owner type and field names the practice module
 * reports them with.
 */
@Component
class PracticeDocuments implements SourceDocuments {

    /** The owner kind of a city's practice, beside the kinds of contributors that are not cities. */
    static final String CITY_OWNER = "CITY";

    private final Practices practices;
    private final Catalogues catalogues;
    private final Translations translations;
    private final SearchDocumentRepository documents;
    private final Clock clock;

    PracticeDocuments(
            Practices practices,
            Catalogues catalogues,
            Translations translations,
            SearchDocumentRepository documents,
            Clock clock) {
        this.clock = clock;
        this.practices = practices;
        this.catalogues = catalogues;
        this.translations = translations;
        this.documents = documents;
    }

    @Override
    public Source source() {
        return Source.PRACTICE;
    }

    @Override
    public List<UUID> allIds() {
        return practices.allIds().stream().map(PracticeId::value).toList();
    }

    @Override
    public Derived derive(UUID id) {
        var existing = documents.findBySourceTypeAndSourceId(Source.PRACTICE, id);
        Practices.PracticeView practice;
        try {
            practice = practices.practiceForIndexing(new PracticeId(id));
        } catch (NotFoundException gone) {
            documents.deleteAll(existing);
            return new Derived(
                    List.of(), existing.stream().map(SearchDocument::id).toList());
        }
        var summary = practice.summary();
        var content = practice.content();
        var template = content.template();
        var classification = content.classification();

        var texts = practice.translatableFields();
        // Stamped before the English is read: an archive that arrives after the read is newer than the document.
        var derivedAt = clock.instant();
        var archive =
                Archive.of(texts, translations.read(texts.keySet(), Translations.ARCHIVE_LANGUAGE), content.language());

        var network = summary.network();
        var commitments = catalogues.ofNetwork(network, "commitments", Catalogues.COMMITMENTS);
        var tracks = catalogues.ofNetwork(network, "tracks", Catalogues.TRACKS);
        var fields = Stream.concat(template.fieldsOfAction().stream(), classification.fieldsOfActivity().stream())
                .distinct()
                .toList();
        var document = existing.isEmpty() ? new SearchDocument(id, Kind.PRACTICE, id) : existing.get(0);
        document.describe(
                summary.city() == null ? null : summary.city().value(),
                summary.citySlug(),
                summary.ownerName(),
                summary.country(),
                summary.status().isPublic(),
                classification.year(),
                content.language(),
                template.title(),
                body(template, content.description()),
                archive.text(),
                catalogues.english(commitments, classification.commitment()),
                catalogues.english(tracks, classification.track()),
                archive.pending(),
                derivedAt);
        document.classify(fields, designation(summary.status()), network.value());
        document.label(Stream.of(
                        catalogues.labels(commitments, classification.commitment()),
                        catalogues.labels(tracks, classification.track()),
                        catalogues.fieldLabels(fields))
                .flatMap(List::stream)
                .toList());
        var owner = summary.owner();
        document.ownedAt(
                owner.level().name(), owner.isCity() ? CITY_OWNER : owner.kind().name());
        documents.save(document);
        return new Derived(List.of(id), List.of());
    }

    /** The public texts besides the title, a compendium's too: a query for a partner or an aim finds the practice. */
    private static String body(Practices.Template template, Description description) {
        return Texts.paragraphs(Stream.of(
                template.mainPurpose(),
                template.purpose(),
                template.rationale(),
                template.process(),
                template.impact(),
                description.aims(),
                description.evaluation(),
                description.leadingAuthority(),
                description.implementingPartners()));
    }

    private static Designation designation(PracticeStatus status) {
        return switch (status) {
            case DESIGNATED -> Designation.DESIGNATED;
            case NOT_DESIGNATED -> Designation.NOT_DESIGNATED;
            case SUBMITTED, UNDER_REVIEW -> Designation.UNDER_REVIEW;
        };
    }
}
