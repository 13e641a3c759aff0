package org.equicity.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.Catalogue;
import org.equicity.plan.Plans.PlanView;
import org.equicity.search.Search.Kind;
import org.equicity.search.SearchDocument.Source;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.Reading;
import org.springframework.stereotype.Component;

/**
 * Derives the search documents of a plan from the plan as it is stored: one for the plan (its title and
 * commitments) and one per action, each with its English archive as far as the translations have been made.
 * Facet labels are in English, the language of the archive.
 */
@Component
class PlanDocuments implements SourceDocuments {

    private final Plans plans;
    private final Cities cities;
    private final Translations translations;
    private final SearchDocumentRepository documents;
    private final Catalogues catalogues;
    private final Clock clock;

    PlanDocuments(
            Plans plans,
            Cities cities,
            Translations translations,
            SearchDocumentRepository documents,
            Catalogues catalogues,
            Clock clock) {
        this.clock = clock;
        this.catalogues = catalogues;
        this.plans = plans;
        this.cities = cities;
        this.translations = translations;
        this.documents = documents;
    }

    @Override
    public Source source() {
        return Source.PLAN;
    }

    @Override
    public List<UUID> allIds() {
        return plans.allIds().stream().map(PlanId::value).toList();
    }

    /** Writes the plan's documents as the plan is now, in the caller's transaction. */
    @Override
    public Derived derive(UUID planId) {
        var existing = documents.findBySourceTypeAndSourceId(Source.PLAN, planId).stream()
                .collect(Collectors.toMap(SearchDocument::id, Function.identity()));
        PlanView plan;
        try {
            plan = plans.planForIndexing(new PlanId(planId));
        } catch (NotFoundException gone) {
            documents.deleteAll(existing.values());
            return new Derived(List.of(), List.copyOf(existing.keySet()));
        }
        var city = cities.find(plan.city()).orElseThrow(() -> new NotFoundException("City", plan.city()));
        var catalogue = plan.catalogue();
        var commitmentTitles = plan.commitments().stream()
                .collect(Collectors.toMap(
                        c -> c.id(), c -> Texts.label(c.title(catalogue.commitments(), Locale.ENGLISH))));

        var planTexts = new LinkedHashMap<>(PlanTexts.of(plan.id(), plan.details()));
        plan.commitments().forEach(c -> planTexts.putAll(PlanTexts.of(c.id(), c.content())));
        var actionTexts = new LinkedHashMap<UUID, Map<FieldRef, String>>();
        plan.actions().forEach(a -> actionTexts.put(a.id().value(), PlanTexts.of(a.id(), a.content())));
        var allFields = new ArrayList<>(planTexts.keySet());
        actionTexts.values().forEach(texts -> allFields.addAll(texts.keySet()));
        // Stamped before the English is read: an archive that arrives after the read is newer than the documents.
        var derivedAt = clock.instant();
        var english = new English(translations.read(allFields, Translations.ARCHIVE_LANGUAGE), derivedAt);

        var written = new ArrayList<UUID>();
        var planDocument = existing.getOrDefault(planId, new SearchDocument(planId, Kind.PLAN, planId));
        describePlan(planDocument, plan, city, planTexts, english, commitmentTitles);
        documents.save(planDocument);
        written.add(planId);

        for (ActionView action : plan.actions()) {
            var id = action.id().value();
            var document = existing.getOrDefault(id, new SearchDocument(id, Kind.ACTION, planId));
            describeAction(document, plan, city, action, actionTexts.get(id), english, commitmentTitles);
            documents.save(document);
            written.add(id);
        }
        var removed =
                existing.keySet().stream().filter(id -> !written.contains(id)).toList();
        documents.deleteAllById(removed);
        return new Derived(written, removed);
    }

    /** The plan's own document: its texts, and the commitments, tracks and fields of all its actions. */
    private void describePlan(
            SearchDocument document,
            PlanView plan,
            CitySummary city,
            Map<FieldRef, String> planTexts,
            English english,
            Map<CommitmentId, String> commitmentTitles) {
        var catalogue = plan.catalogue();
        var planTracks = plan.actions().stream()
                .map(a -> a.content().track())
                .filter(Objects::nonNull)
                .distinct()
                .map(code -> Texts.label(catalogue.tracks().label(code, Locale.ENGLISH)))
                .toList();
        var planTitleField =
                PlanTexts.of(plan.id(), plan.details()).keySet().iterator().next();
        var fields = plan.actions().stream()
                .flatMap(a -> a.content().fieldsOfActivity().stream())
                .distinct()
                .toList();
        document.label(labels(
                catalogue,
                plan.commitments().stream().map(c -> c.content().frameworkCode()),
                plan.actions().stream().map(a -> a.content().track()).distinct(),
                fields));
        describe(
                document,
                plan,
                city,
                plan.details().startYear(),
                planTitleField,
                planTexts,
                english,
                List.copyOf(commitmentTitles.values()),
                planTracks,
                fields);
    }

    /** An action's document, dated by its start (else the plan's), under its own commitment and track. */
    private void describeAction(
            SearchDocument document,
            PlanView plan,
            CitySummary city,
            ActionView action,
            Map<FieldRef, String> texts,
            English english,
            Map<CommitmentId, String> commitmentTitles) {
        var content = action.content();
        document.label(labels(
                plan.catalogue(),
                plan.commitments().stream()
                        .filter(c -> c.id().equals(action.commitment()))
                        .map(c -> c.content().frameworkCode()),
                Stream.of(content.track()),
                content.fieldsOfActivity()));
        describe(
                document,
                plan,
                city,
                content.start() != null
                        ? content.start().getYear()
                        : plan.details().startYear(),
                texts.keySet().iterator().next(),
                texts,
                english,
                List.of(commitmentTitles.get(action.commitment())),
                content.track() == null
                        ? List.of()
                        : List.of(Texts.label(plan.catalogue().tracks().label(content.track(), Locale.ENGLISH))),
                content.fieldsOfActivity());
    }

    private void describe(
            SearchDocument document,
            PlanView plan,
            CitySummary city,
            int year,
            FieldRef titleField,
            Map<FieldRef, String> texts,
            English english,
            List<String> commitments,
            List<String> tracks,
            List<String> fields) {
        var title = texts.get(titleField);
        var language = languageOf(titleField, english.readings(), city);
        var body = Texts.paragraphs(texts.entrySet().stream()
                .filter(e -> !e.getKey().equals(titleField))
                .map(Map.Entry::getValue));
        var archive = Archive.of(texts, english.readings(), language);
        document.describe(
                plan.city().value(),
                city.slug(),
                city.name(),
                city.country(),
                plan.state().isPublic(),
                year,
                language,
                title,
                body,
                archive.text(),
                commitments.stream().filter(Objects::nonNull).toList(),
                tracks,
                archive.pending(),
                english.readAt());
        document.classify(fields, null, null);
    }

    /** The labels of the framework items of a plan or an action, in every language the frameworks hold. */
    private List<FrameworkLabel> labels(
            Catalogue catalogue, Stream<String> commitments, Stream<String> tracks, List<String> fields) {
        return Stream.of(
                        commitments.flatMap(code ->
                                catalogues.labels(catalogue.commitments().framework(), code).stream()),
                        tracks.flatMap(
                                code -> catalogues.labels(catalogue.tracks().framework(), code).stream()),
                        fields.stream()
                                .flatMap(code ->
                                        catalogues
                                                .labels(
                                                        catalogue
                                                                .fieldsOfActivity()
                                                                .framework(),
                                                        code)
                                                .stream()))
                .flatMap(each -> each)
                .toList();
    }

    /** The language the title was recorded in by the translation module, or else the city's. */
    private static String languageOf(FieldRef titleField, Map<FieldRef, Reading> english, CitySummary city) {
        var reading = english.get(titleField);
        return reading != null && reading.sourceLanguage() != null ? reading.sourceLanguage() : city.mainLanguage();
    }

    /** The English archive of the texts as read, and when it was read: the documents are as new as that reading. */
    private record English(Map<FieldRef, Reading> readings, Instant readAt) {}
}
