package org.equicity.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.equicity.report.Reports.PublicReport;
import org.equicity.search.Search.Kind;
import org.equicity.search.SearchDocument.Source;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Component;

/**
 * Derives one search document per action of an accepted report, all public, dated by the end of the cycle's period.
 * The English archive is made of the translations of the texts the report module reported on submission.
 */
@Component
class ReportDocuments implements SourceDocuments {

    private final Reports reports;
    private final Cities cities;
    private final Catalogues catalogues;
    private final Translations translations;
    private final SearchDocumentRepository documents;
    private final Clock clock;

    ReportDocuments(
            Reports reports,
            Cities cities,
            Catalogues catalogues,
            Translations translations,
            SearchDocumentRepository documents,
            Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.cities = cities;
        this.catalogues = catalogues;
        this.translations = translations;
        this.documents = documents;
    }

    @Override
    public Source source() {
        return Source.REPORT;
    }

    @Override
    public List<UUID> allIds() {
        return reports.acceptedReports().stream().map(ReportId::value).toList();
    }

    @Override
    public Derived derive(UUID id) {
        var existing = documents.findBySourceTypeAndSourceId(Source.REPORT, id).stream()
                .collect(Collectors.toMap(SearchDocument::id, Function.identity()));
        PublicReport report;
        try {
            report = reports.publicReport(new ReportId(id));
        } catch (NotFoundException notAccepted) {
            documents.deleteAll(existing.values());
            return new Derived(List.of(), List.copyOf(existing.keySet()));
        }
        var country =
                cities.find(report.city()).map(Cities.CitySummary::country).orElse(null);
        var language = report.content().language();
        var year = report.cycle().periodTo().getYear();
        var network = report.cycle().network();

        var texts = new LinkedHashMap<UUID, LinkedHashMap<FieldRef, String>>();
        for (var action : report.content().actions()) {
            texts.put(action.id().value(), new LinkedHashMap<>(action.translatableFields()));
        }
        // Stamped before the English is read: an archive that arrives after the read is newer than the document.
        var derivedAt = clock.instant();
        var english = translations.read(
                texts.values().stream()
                        .flatMap(fields -> fields.keySet().stream())
                        .toList(),
                Translations.ARCHIVE_LANGUAGE);

        var written = new ArrayList<UUID>();
        for (var action : report.content().actions()) {
            var actionId = action.id().value();
            var archive = Archive.of(texts.get(actionId), english, language);
            var document = existing.getOrDefault(actionId, new SearchDocument(actionId, Kind.REPORTED_ACTION, id));
            document.describe(
                    report.city().value(),
                    report.citySlug(),
                    report.cityName(),
                    country,
                    true,
                    year,
                    language,
                    action.title(),
                    Texts.paragraphs(Stream.of(action.objectives(), action.methods(), action.impact())),
                    archive.text(),
                    catalogues.english(report.framework(), action.commitment()),
                    catalogues.english(Catalogues.TRACKS, action.track()),
                    archive.pending(),
                    derivedAt);
            document.classify(action.fieldsOfActivity(), null, network.value());
            document.label(labels(report, action));
            documents.save(document);
            written.add(actionId);
        }
        var removed =
                existing.keySet().stream().filter(key -> !written.contains(key)).toList();
        documents.deleteAllById(removed);
        return new Derived(written, removed);
    }

    /** The labels of the action's commitment, track and fields of activity, in every language. */
    private List<FrameworkLabel> labels(PublicReport report, ReportedAction action) {
        return Stream.of(
                        catalogues.labels(report.framework(), action.commitment()),
                        catalogues.labels(Catalogues.TRACKS, action.track()),
                        catalogues.fieldLabels(action.fieldsOfActivity()))
                .flatMap(List::stream)
                .toList();
    }
}
