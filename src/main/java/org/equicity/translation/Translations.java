package org.equicity.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * Translations of free-text fields, kept apart from the content they translate. The owning module publishes every
 * saved text as a {@link TextsSaved} event, which reaches {@link #textsSaved} once the save has committed; an English
 * translation is then made in the background, other languages when a reader asks for them, or at once where a network
 * asks for it. Nothing here ever calls a translation engine in the saving transaction, so saving content never waits
 * for, or fails because of, an engine.
 *
 * <p>Languages are ISO 639-1 codes ({@code en}, {@code es}, {@code ca}...).
 */
public interface Translations {

    /** The language every text is archived in. */
    String ARCHIVE_LANGUAGE = "en";

    /**
     * Records the texts of a city's content as saved, in the caller's transaction (the listener of {@link TextsSaved};
     * owners publish that event rather than call this, so that their save does not wait for it). A text that differs from the
     * recorded one outdates the field's machine translations, which are redone; it is translated into English (the
     * archive) and into the languages that the networks the city belongs to want at once ({@link #eagerLanguages}).
     * Human translations are kept and shown as made for an earlier text. Reporting an unchanged text does nothing,
     * so callers may report every field on each save: only changed fields are sent to an engine.
     */
    void textsSaved(CityId city, String language, Map<FieldRef, String> texts);

    /**
     * As {@link #textsSaved(CityId, String, Map)}, for content a network keeps itself rather than a member city (the
     * practices of contributors that are not cities; owners publish {@link TextsSaved#of(NetworkId, String, Map)}):
     * translated into English and the languages the network wants
     * at once.
     */
    void textsSaved(NetworkId network, String language, Map<FieldRef, String> texts);

    /**
     * The languages, besides English, into which the texts of the network's member cities are translated as soon
     * as they are saved; texts in other languages are translated when a reader asks for them.
     */
    List<String> eagerLanguages(NetworkId network);

    /**
     * The network's secretariat chooses its {@link #eagerLanguages}; they apply to texts saved from then on.
     *
     * @throws org.equicity.shared.RuleViolationException for a code that is no ISO 639-1 language
     */
    List<String> chooseEagerLanguages(NetworkId network, Collection<String> languages);

    /** The stored translation of a field into a language, with its provenance and whether its source has changed. */
    Optional<Translation> translation(FieldRef field, String language);

    /** What a reader in the given language gets to see for a field, and why. */
    Reading read(FieldRef field, String language);

    /** {@link #read(FieldRef, String)} for many fields of a page at once. */
    Map<FieldRef, Reading> read(Collection<FieldRef> fields, String language);

    /**
     * The texts of a page as a reader of {@code reader}'s language sees them, from the texts as stored by their
     * owner ({@code originals}, field by field), with one lookup for the whole page: a current translation where one
     * exists, marked as such, and otherwise the original. Fields with no translation yet that an engine can make are
     * requested (they appear when the reader comes back). With {@code originalsWanted} the reader asked to see
     * every text as written.
     */
    PageTexts forReader(Map<FieldRef, String> originals, Locale reader, boolean originalsWanted);

    /**
     * A reader asked for the field in a language: a translation is made in the background unless a current one is
     * stored or no engine translates the pair. Enqueueing is a plain insert, safe to call while rendering a page.
     */
    void requestTranslation(FieldRef field, String language);

    /**
     * An editor corrects (or writes) the translation of a field; it becomes a human translation of the current
     * text, which engines never overwrite. The signed-in person is recorded as its author. The calling module checks
     * that this person may edit the content the field belongs to.
     *
     * @throws org.equicity.shared.NotFoundException if no text was recorded for the field
     * @throws org.equicity.shared.RuleViolationException if the language is the original's language or the text is
     *     blank
     */
    Translation correct(FieldRef field, String language, String text);

    /** Content was deleted: its recorded texts, translations and pending jobs go with it. */
    void ownerDeleted(String ownerType, UUID ownerId);

    /** Whether an engine is configured (and, where it says so, able) to translate from one language to another. */
    boolean isPairAvailable(String from, String to);

    /**
     * Translates a short text (a search query) right away, outside any transaction, for a reader who waits for the
     * answer. Empty when no engine translates the pair or the engine does not answer: callers carry on with the
     * text as typed.
     */
    Optional<String> translateNow(String text, String from, String to);

    /**
     * A search query made ready for the archive language, right away and outside any transaction, for a reader who
     * waits for the answer. Its language is detected; a query too short to tell is read in the reader's language.
     * It is then translated into English by the engine configured for the pair, through a chain of engine pairs
     * (a pivot: French→Catalan→English) where no engine translates the pair directly, and otherwise word by word
     * with an installed FreeDict dictionary. Never fails: without any means the query stays as typed.
     */
    QueryTranslation translateQuery(String query, String readerLanguage);

    /**
     * The language a text (an imported one, say) is clearly written in, by a maintained detector; empty when the
     * text is too short to tell or no language stands out.
     */
    Optional<String> detectLanguage(String text);

    /**
     * A warning, shown after saving, when a text long enough to judge clearly reads like another language than the
     * one recorded for it; {@code changeHref} leads to where the recorded language is changed.
     */
    Optional<LanguageWarning> languageWarning(String text, String recordedLanguage, String changeHref);

    /** Translation jobs not yet done, failed ones first; for platform administrators only. */
    List<Job> jobs();

    /**
     * Runs a failed (or waiting) job again now, with a fresh set of attempts; for platform administrators only.
     *
     * @throws org.equicity.shared.NotFoundException if there is no such job (it may have completed meanwhile)
     */
    void retry(UUID job);

    /**
     * A search query and its English. The query as {@code typed} always counts too, so that an engine's mistake
     * never costs the original. {@code language} is the language it was read in, {@code detected} whether that was
     * told from the query itself (rather than assumed from the reader). With {@link QueryMeans#ENGINE} or
     * {@link QueryMeans#PIVOT}, {@code english} is the translated query and {@code words} is empty; with
     * {@link QueryMeans#DICTIONARY}, {@code english} is null and {@code words} gives each word's English senses,
     * to be searched as one disjunction per word; with {@link QueryMeans#AS_TYPED} there is only the typed query.
     */
    record QueryTranslation(
            String typed, String language, boolean detected, QueryMeans means, String english, List<QueryWord> words) {

        public QueryTranslation {
            words = List.copyOf(words);
        }

        /** Whether there is any English besides the typed query. */
        public boolean translated() {
            return english != null
                    || words.stream().anyMatch(word -> !word.senses().isEmpty());
        }
    }

    /**
     * One word of a query, or a quoted phrase, with its English senses (alternatives, most common first). Names and
     * quoted phrases are kept as typed and have no senses; a compound with no entry of its own is split, and each
     * part comes as a word of its own naming the {@code compound} it was split from (null otherwise).
     */
    record QueryWord(String typed, QueryWordKind kind, String compound, List<String> senses) {

        public QueryWord {
            senses = List.copyOf(senses);
        }
    }

    enum QueryWordKind {
        /** A word looked up in the dictionary (it may have no senses: then only the typed word counts). */
        WORD,
        /** Part of a compound that the dictionary knows only in parts ("Bürgerhaushalt" → "Bürger" + "Haushalt"). */
        COMPOUND_PART,
        /** A name (a word in capitals, or capitalised inside a sentence where nouns are not): kept as typed. */
        NAME,
        /** A quoted phrase: kept as typed. */
        PHRASE
    }

    /** How a query's English was made. */
    enum QueryMeans {
        /** English already, or nothing translates the language: the typed query alone. */
        AS_TYPED,
        /** The engine configured for the pair translated the whole query. */
        ENGINE,
        /** Engines translated the whole query through an intermediate language. */
        PIVOT,
        /** A bilingual dictionary gave each word's English senses. */
        DICTIONARY
    }

    /** A stored translation and where it came from. */
    record Translation(
            FieldRef field,
            String language,
            String text,
            Origin origin,
            String engine,
            String engineVersion,
            Instant translatedAt,
            String sourceLanguage,
            boolean sourceChangedSince) {

        public boolean isMachine() {
            return origin == Origin.MACHINE;
        }

        /** The language a machine translation went through (a pivot), where no engine translated the pair directly. */
        public Optional<String> pivot() {
            return TranslationEngine.Result.pivotOf(engineVersion);
        }
    }

    /**
     * What to show a reader: the translation if there is one (possibly outdated), and the state that explains it. A
     * page shows the original with a notice unless the status is {@link ReadingStatus#TRANSLATED} or
     * {@link ReadingStatus#ORIGINAL}.
     */
    record Reading(
            FieldRef field, String language, String sourceLanguage, ReadingStatus status, Translation translation) {

        public Optional<Translation> translationIfAny() {
            return Optional.ofNullable(translation);
        }
    }

    enum ReadingStatus {
        /** The reader's language is the language the text was written in. */
        ORIGINAL,
        /** A current translation (human or machine) is stored. */
        TRANSLATED,
        /**
         * A translation is stored but was made from an earlier text: a machine translation is being redone, a
         * person's translation waits for its translator.
         */
        OUTDATED,
        /** No translation yet; one is being made. */
        PENDING,
        /** No translation yet; an engine is available and one can be requested. */
        ON_REQUEST,
        /** No engine translates this pair of languages: readers see the original. */
        NO_ENGINE,
        /** Nothing was recorded for this field (empty or never saved). */
        NO_SOURCE
    }

    record Job(
            UUID id,
            FieldRef field,
            String sourceLanguage,
            String targetLanguage,
            JobState state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt) {}

    enum JobState {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Claimed by one application node. */
        RUNNING,
        /** Gave up after the configured number of attempts; an administrator may run it again. */
        FAILED,
        /** No engine is configured for its language pair; retried when the application starts again. */
        NO_ENGINE
    }
}
