package org.equicity.translation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TranslationService implements Translations {

    static final int JOBS_SHOWN = 500;

    private final SourceTextRepository sources;
    private final FieldTranslationRepository translations;
    private final TranslationJobRepository jobs;
    private final EngineRouter engines;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final EagerLanguagesRepository eager;
    private final TranslationTargets targets;
    private final QueryTranslator queries;
    private final LanguageDetection detection;
    private final Clock clock;

    TranslationService(
            SourceTextRepository sources,
            FieldTranslationRepository translations,
            TranslationJobRepository jobs,
            EngineRouter engines,
            Access access,
            ApplicationEventPublisher events,
            EagerLanguagesRepository eager,
            TranslationTargets targets,
            QueryTranslator queries,
            LanguageDetection detection,
            Clock clock) {
        this.queries = queries;
        this.detection = detection;
        this.clock = clock;
        this.sources = sources;
        this.translations = translations;
        this.jobs = jobs;
        this.engines = engines;
        this.access = access;
        this.events = events;
        this.eager = eager;
        this.targets = targets;
    }

    @Override
    public void textsSaved(CityId city, String sourceLanguage, Map<FieldRef, String> texts) {
        saved(sourceLanguage, texts, language -> targets.of(city, language));
    }

    @Override
    public void textsSaved(NetworkId network, String sourceLanguage, Map<FieldRef, String> texts) {
        saved(sourceLanguage, texts, language -> targets.of(network, language));
    }

    private void saved(
            String sourceLanguage, Map<FieldRef, String> texts, Function<String, Set<String>> targetsOfLanguage) {
        var language = Languages.require(sourceLanguage);
        var now = clock.instant();
        // read in one query per owner type, not one per field: an imported compendium saves thousands of fields at once
        var keys = texts.keySet().stream().map(FieldKey::of).toList();
        var sourceByKey = FieldKey.ownersByType(keys).entrySet().stream()
                .flatMap(owners -> sources.findByOwners(owners.getKey(), owners.getValue()).stream())
                .collect(Collectors.toMap(SourceText::key, Function.identity()));
        var redo = new LinkedHashMap<FieldKey, Set<String>>();
        texts.forEach((field, text) -> recorded(FieldKey.of(field), sourceByKey, language, text, now)
                .ifPresent(languages -> redo.put(FieldKey.of(field), languages)));
        // Asked only when a text changed: most saves report every field, and most fields are unchanged.
        if (!redo.isEmpty()) {
            var targets = targetsOfLanguage.apply(language);
            var queued = FieldKey.ownersByType(redo.keySet()).entrySet().stream()
                    .flatMap(owners -> jobs.findByOwners(owners.getKey(), owners.getValue()).stream())
                    .collect(Collectors.groupingBy(TranslationJob::key));
            redo.forEach((key, languages) -> {
                languages.addAll(targets);
                languages.forEach(target -> enqueue(key, target, now, queued.getOrDefault(key, List.of())));
            });
        }
    }

    /**
     * Records a text as saved. Empty when there is nothing to translate (unchanged or blank); otherwise the
     * languages of its machine translations, which are outdated and made again besides the usual targets.
     */
    private Optional<Set<String>> recorded(
            FieldKey key, Map<FieldKey, SourceText> sourceByKey, String language, String text, Instant now) {
        var content = text == null ? "" : text;
        var recorded = Optional.ofNullable(sourceByKey.get(key));
        if (recorded.isEmpty()) {
            if (content.isBlank()) {
                return Optional.empty();
            }
            sources.save(new SourceText(key, language, content, now));
            return Optional.of(new LinkedHashSet<>());
        }
        if (!recorded.get().change(language, content, now)) {
            return Optional.empty();
        }
        var redo = new LinkedHashSet<String>();
        for (var translation : translations.findByKey(key)) {
            if (translation.isHuman()) {
                continue;
            }
            if (content.isBlank() || translation.language().equals(language)) {
                translations.delete(translation);
            } else {
                redo.add(translation.language());
            }
        }
        return content.isBlank() ? Optional.empty() : Optional.of(redo);
    }

    @Override
    public List<String> eagerLanguages(NetworkId network) {
        return eager.findById(network.value()).map(EagerLanguages::languages).orElse(List.of());
    }

    @Override
    public List<String> chooseEagerLanguages(NetworkId network, Collection<String> languages) {
        access.requireNetworkManagement(network);
        var wanted = eager.findById(network.value()).orElseGet(() -> eager.save(new EagerLanguages(network.value())));
        wanted.choose(languages);
        return wanted.languages();
    }

    /** A plain insert in the caller's transaction, unless the same translation is among the field's queued jobs. */
    private void enqueue(FieldKey key, String target, Instant now, List<TranslationJob> queued) {
        var same = queued.stream()
                .filter(job -> job.targetLanguage().equals(target))
                .toList();
        if (same.stream().anyMatch(job -> job.state() == JobState.PENDING)) {
            return;
        }
        var stopped = same.stream()
                .filter(job -> job.state() == JobState.FAILED || job.state() == JobState.NO_ENGINE)
                .findFirst();
        if (stopped.isPresent()) {
            stopped.get().requeue(now);
        } else {
            jobs.save(new TranslationJob(key, target, now));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Translation> translation(FieldRef field, String language) {
        var key = FieldKey.of(field);
        var source = sources.findByKey(key).orElse(null);
        return translations
                .findByKeyAndLanguage(key, Languages.require(language))
                .map(translation -> translation.view(source));
    }

    @Override
    @Transactional(readOnly = true)
    public Reading read(FieldRef field, String language) {
        var key = FieldKey.of(field);
        var target = Languages.require(language);
        return reading(
                field,
                target,
                sources.findByKey(key).orElse(null),
                translations.findByKeyAndLanguage(key, target).orElse(null),
                jobs.findByKeyAndTargetLanguage(key, target));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<FieldRef, Reading> read(Collection<FieldRef> fields, String language) {
        var target = Languages.require(language);
        var byType = FieldKey.ownersByType(fields.stream().map(FieldKey::of).toList());
        var sourceByKey = new HashMap<FieldKey, SourceText>();
        var translationByKey = new HashMap<FieldKey, FieldTranslation>();
        var jobsByKey = new HashMap<FieldKey, List<TranslationJob>>();
        byType.forEach((type, owners) -> {
            sourceByKey.putAll(sources.findByOwners(type, owners).stream()
                    .collect(Collectors.toMap(SourceText::key, Function.identity())));
            translations.findByOwners(type, owners, target).forEach(t -> translationByKey.put(t.key(), t));
            jobs.findByOwners(type, owners).stream()
                    .filter(job -> job.targetLanguage().equals(target))
                    .forEach(job -> jobsByKey
                            .computeIfAbsent(job.key(), k -> new ArrayList<>())
                            .add(job));
        });
        var readings = new LinkedHashMap<FieldRef, Reading>();
        for (var field : fields) {
            var key = FieldKey.of(field);
            readings.put(
                    field,
                    reading(
                            field,
                            target,
                            sourceByKey.get(key),
                            translationByKey.get(key),
                            jobsByKey.getOrDefault(key, List.of())));
        }
        return readings;
    }

    private Reading reading(
            FieldRef field,
            String language,
            SourceText source,
            FieldTranslation translation,
            List<TranslationJob> queued) {
        if (source == null || source.isBlank()) {
            return new Reading(field, language, null, ReadingStatus.NO_SOURCE, null);
        }
        if (source.language().equals(language)) {
            return new Reading(field, language, source.language(), ReadingStatus.ORIGINAL, null);
        }
        if (translation != null) {
            var status = translation.translates(source) ? ReadingStatus.TRANSLATED : ReadingStatus.OUTDATED;
            return new Reading(field, language, source.language(), status, translation.view(source));
        }
        ReadingStatus status;
        if (queued.stream().anyMatch(job -> job.state() == JobState.PENDING || job.state() == JobState.RUNNING)) {
            status = ReadingStatus.PENDING;
        } else if (isPairAvailable(source.language(), language)) {
            status = ReadingStatus.ON_REQUEST;
        } else {
            status = ReadingStatus.NO_ENGINE;
        }
        return new Reading(field, language, source.language(), status, null);
    }

    @Override
    public PageTexts forReader(Map<FieldRef, String> originals, Locale reader, boolean originalsWanted) {
        var language = reader.getLanguage();
        var readings = Languages.isCode(language) ? read(originals.keySet(), language) : Map.<FieldRef, Reading>of();
        var shown = new LinkedHashMap<FieldRef, ShownText>();
        boolean anyForeign = false;
        for (var entry : originals.entrySet()) {
            var field = entry.getKey();
            var original = entry.getValue();
            var reading = readings.get(field);
            if (original == null || original.isBlank() || reading == null || reading.sourceLanguage() == null) {
                // nothing recorded (yet) for the field: the text as its owner has it
                shown.put(field, new ShownText(field, original, null, original, null, null, ShownText.Marker.NONE));
                continue;
            }
            var from = reading.sourceLanguage();
            var fromName = Languages.name(from, reader);
            anyForeign |= reading.status() != ReadingStatus.ORIGINAL;
            if (originalsWanted || reading.status() == ReadingStatus.ORIGINAL) {
                shown.put(field, new ShownText(field, original, from, original, from, fromName, ShownText.Marker.NONE));
                continue;
            }
            var translation = reading.translation();
            var marker = switch (reading.status()) {
                case TRANSLATED -> translation.isMachine() ? ShownText.Marker.MACHINE : ShownText.Marker.HUMAN;
                case OUTDATED ->
                    translation.isMachine() ? ShownText.Marker.MACHINE_OUTDATED : ShownText.Marker.HUMAN_OUTDATED;
                case PENDING, ON_REQUEST -> ShownText.Marker.PREPARING;
                default -> ShownText.Marker.NO_ENGINE;
            };
            if (reading.status() == ReadingStatus.ON_REQUEST) {
                requestTranslation(field, language);
            }
            shown.put(
                    field,
                    translation == null
                            ? new ShownText(field, original, from, original, from, fromName, marker)
                            : new ShownText(field, translation.text(), language, original, from, fromName, marker));
        }
        return new PageTexts(shown, originalsWanted, anyForeign);
    }

    @Override
    public void requestTranslation(FieldRef field, String language) {
        var key = FieldKey.of(field);
        var target = Languages.require(language);
        var source = sources.findByKey(key).orElse(null);
        if (source == null || source.isBlank() || source.language().equals(target)) {
            return;
        }
        var current = translations
                .findByKeyAndLanguage(key, target)
                .filter(translation -> translation.isHuman() || translation.translates(source));
        if (current.isEmpty() && isPairAvailable(source.language(), target)) {
            enqueue(key, target, clock.instant(), jobs.findByKeyAndTargetLanguage(key, target));
        }
    }

    @Override
    public Translation correct(FieldRef field, String language, String text) {
        var person = access.current().orElseThrow(() -> new AccessDeniedException("Sign in to translate"));
        var key = FieldKey.of(field);
        var target = Languages.require(language);
        var source = sources.findByKey(key).orElseThrow(() -> new NotFoundException("Translatable text", field));
        if (source.language().equals(target)) {
            throw new RuleViolationException("translation.error.same-language");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("translation.error.blank");
        }
        var now = clock.instant();
        var translation = translations.findByKeyAndLanguage(key, target).orElse(null);
        if (translation == null) {
            translation = translations.save(
                    FieldTranslation.human(source, target, text, person.id().value(), now));
        } else {
            translation.correct(source, text, person.id().value(), now);
        }
        events.publishEvent(new TranslationStored(field, target));
        return translation.view(source);
    }

    @Override
    public void ownerDeleted(String ownerType, UUID ownerId) {
        jobs.deleteByOwner(ownerType, ownerId);
        translations.deleteByOwner(ownerType, ownerId);
        sources.deleteByOwner(ownerType, ownerId);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> translateNow(String text, String from, String to) {
        return queries.translateNow(text, Languages.require(from), Languages.require(to));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public QueryTranslation translateQuery(String query, String readerLanguage) {
        return queries.translate(query, readerLanguage);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> detectLanguage(String text) {
        return detection.detect(text);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<LanguageWarning> languageWarning(String text, String recordedLanguage, String changeHref) {
        return detection
                .contradicts(text, recordedLanguage)
                .map(detected -> new LanguageWarning(detected, recordedLanguage, changeHref));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPairAvailable(String from, String to) {
        var source = Languages.require(from);
        var target = Languages.require(to);
        return engines.engineFor(source, target)
                .filter(engine -> engine.supports(source, target))
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Job> jobs() {
        access.requirePlatformAdmin();
        var queued = jobs.findAllByOrderByStateAscCreatedAtAsc(Limit.of(JOBS_SHOWN));
        return queued.stream()
                .map(job -> job.view(
                        sources.findByKey(job.key()).map(SourceText::language).orElse(null)))
                .toList();
    }

    @Override
    public void retry(UUID job) {
        access.requirePlatformAdmin();
        jobs.findById(job)
                .orElseThrow(() -> new NotFoundException("Translation job", job))
                .retryNow(clock.instant());
    }
}
