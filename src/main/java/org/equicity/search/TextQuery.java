package org.equicity.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.equicity.search.Thesaurus.Concept;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.QueryWord;
import org.equicity.translation.Translations.QueryWordKind;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.TermsPredicateOptionsStep;

/**
 * What a reader typed, in the simple query syntax (words, {@code "quoted phrases"}, {@code -excluded}), as a query on
 * the index. Each language's fields (its text, its labels, and for English the archive) are asked separately, with
 * the query analysed by that language's rules, and a document matches when one language's fields hold every word
 * that language keeps: a stop word of a field's language is not required there, so "access to the law" finds what
 * "access law" finds, and "Roma für" what "Roma" finds in German. A run of words that names a concept of the
 * {@link Thesaurus} also matches the documents indexed with that concept, whichever of its words in whichever language
 * they hold, weighed less than the words typed. Asked
 * {@link #loosened(String) loosened}, a document matches with any one unit, and a word typed also matches words spelt one
 * or two letters otherwise in the fields of one language.
 */
final class TextQuery {

    /** The weight of a thesaurus word against a word typed. */
    static final float NEAR_WORD_WEIGHT = 0.3f;

    /** The weight of a framework label against the document's own text. */
    static final float LABEL_WEIGHT = 0.5f;

    /** The weight of a match in the title against one in the rest of the text. */
    static final float TITLE_WEIGHT = 2f;

    /** The longest word sought in near spellings. */
    static final int MOST_LETTERS_NEAR = 40;

    /** From how many units on one of them may be missing. */
    static final int LENIENT_FROM = 3;

    private static final Pattern TOKENS = Pattern.compile("(-?)(\"[^\"]*\"?|[^\\s\"]+)");

    /** The weight of a dictionary's English sense of a word against the word typed. */
    static final float SENSE_WEIGHT = 0.6f;

    /**
     * Words or a phrase that must match, with the concepts they name (none for a phrase, kept as typed) and the
     * English senses a dictionary gives for them (English fields only).
     */
    record Unit(List<String> words, boolean phrase, List<Concept> concepts, List<String> senses) {

        String text() {
            return String.join(" ", words);
        }
    }

    private final List<Unit> units;
    private final List<String> excluded;
    private final QueryAnalysis analysis;
    private final boolean loosened;

    /** The analyser whose fields are asked for near spellings when loosened; null otherwise. */
    private final String nearIn;

    private TextQuery(List<Unit> units, List<String> excluded, QueryAnalysis analysis, String nearIn) {
        this.units = List.copyOf(units);
        this.excluded = List.copyOf(excluded);
        this.analysis = analysis;
        this.loosened = nearIn != null;
        this.nearIn = nearIn;
    }

    /**
     * The same query matching documents that hold any one of its units, each word typed also in near spellings: a
     * typing error ("discrimation"), another spelling ("organization" for "organisation"), which no stemmer joins.
     * Documents holding more of the words still rank first. For when the query as typed finds nothing, as a long
     * query does when a text says one of its words otherwise, or a compound is split differently ("Wohnungsmarkt",
     * "Sozialwohnungen"); a near spelling may be another word, so it is no more than a second try. Near spellings
     * are sought in the fields of {@code nearIn} (an analyser of {@link LanguageFields#analyzers()}) only.
     */
    TextQuery loosened(String nearIn) {
        return new TextQuery(units, excluded, analysis, nearIn);
    }

    /** Reads the query; {@code thesaurus} may be null when no near words are wanted (a translated query). */
    static TextQuery parse(String text, QueryAnalysis analysis, Thesaurus thesaurus) {
        var words = new ArrayList<String>();
        var units = new ArrayList<Unit>();
        var excluded = new ArrayList<String>();
        var matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            var token = matcher.group(2);
            boolean quoted = token.startsWith("\"");
            var value = quoted ? token.replace("\"", "").strip() : token;
            if (value.isEmpty() || value.equals("-")) {
                continue;
            }
            if (!matcher.group(1).isEmpty()) {
                excluded.add(value);
            } else if (quoted) {
                units.addAll(words(words, thesaurus));
                words.clear();
                units.add(new Unit(List.of(value), true, List.of(), List.of()));
            } else {
                words.add(value);
            }
        }
        units.addAll(words(words, thesaurus));
        return new TextQuery(units, excluded, analysis, null);
    }

    /**
     * The text without its excluded words ({@code -word}), for translation: a word the reader excludes must not turn
     * into a word the English is required to hold.
     */
    static String withoutExclusions(String text) {
        var kept = new ArrayList<String>();
        var matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).isEmpty()) {
                kept.add(matcher.group(2));
            }
        }
        return String.join(" ", kept);
    }

    /** Groups a run of words: the longest runs that name a concept first, from the left. */
    private static List<Unit> words(List<String> words, Thesaurus thesaurus) {
        var units = new ArrayList<Unit>();
        int start = 0;
        while (start < words.size()) {
            int length = 1;
            List<Concept> concepts = List.of();
            int most = thesaurus == null ? 0 : Math.min(thesaurus.longest(), words.size() - start);
            for (int run = most; run >= 1; run--) {
                var found = thesaurus.concepts(String.join(" ", words.subList(start, start + run)));
                if (!found.isEmpty()) {
                    length = run;
                    concepts = found;
                    break;
                }
            }
            units.add(new Unit(List.copyOf(words.subList(start, start + length)), false, concepts, List.of()));
            start += length;
        }
        return units;
    }

    /**
     * A query translated word by word from {@code language}: each word (or phrase, or name) as typed or as any of
     * its English senses, to be asked of the English fields; the language's stop words are left out.
     */
    static TextQuery senses(List<QueryWord> words, String language, QueryAnalysis analysis) {
        var units = words.stream()
                .filter(word -> asked(word, language, analysis))
                .map(word ->
                        new Unit(List.of(word.typed()), word.kind() == QueryWordKind.PHRASE, List.of(), word.senses()))
                .toList();
        return new TextQuery(units, List.of(), analysis, null);
    }

    /**
     * Whether a word of a query translated word by word is asked: a stop word of the query's language ("auf",
     * "dem") is not, since its senses ("up", "german mark") would only have to be matched as well.
     */
    static boolean asked(QueryWord word, String language, QueryAnalysis analysis) {
        return word.kind() != QueryWordKind.WORD
                || !analysis.terms(language, word.typed()).isEmpty();
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    List<Unit> units() {
        return units;
    }

    /**
     * Matches a document when the fields of one language hold every unit that language does not drop entirely, or
     * all but one of three or more (a researcher's longer query names more than one text says);
     * {@code languages} are those whose fields are asked (all of them for what the reader typed), {@code written}
     * the one the query is written in (an analyser of {@link LanguageFields#analyzers()}). A unit is also held by a
     * document indexed with a concept it names: a lone unit's concepts are asked once beside the languages' fields,
     * several units' in the fields of the language written only, where a document with one word typed and another
     * named by a near word is found ("Sprachmittler im Krankenhaus" finds "Sprachmittler in der Klinik"); asked with
     * every language, they cost most of a search's time.
     */
    SearchPredicate predicate(SearchPredicateFactory f, List<String> languages, String written) {
        boolean alone = units.size() == 1;
        var anyLanguage = f.or();
        boolean some = false;
        for (var language : languages) {
            var fields = LanguageFields.fieldsAnalysedAs(language);
            var clauses = new ArrayList<SearchPredicate>();
            for (var unit : units) {
                var clause = unit(f, unit, language, fields, !alone && language.equals(written));
                if (clause != null) {
                    clauses.add(clause);
                }
            }
            if (!clauses.isEmpty()) {
                var most = f.bool();
                clauses.forEach(most::should);
                most.minimumShouldMatchNumber(
                        loosened ? 1 : clauses.size() < LENIENT_FROM ? clauses.size() : clauses.size() - 1);
                anyLanguage.add(most);
                some = true;
            }
        }
        // A concept named counts once, in however many languages' fields a document matched with its help.
        var named = units.stream()
                .filter(unit -> !unit.concepts().isEmpty())
                .map(unit -> concepts(f, unit)
                        .constantScore()
                        .boost(NEAR_WORD_WEIGHT)
                        .toPredicate())
                .toList();
        var bool = f.bool();
        if (!some) {
            bool.must(f.matchAll());
        } else if (alone && !named.isEmpty()) {
            bool.must(f.or(anyLanguage.toPredicate(), named.get(0)));
            named = List.of();
        } else {
            bool.must(anyLanguage);
        }
        named.forEach(bool::should);
        return bool.toPredicate();
    }

    /**
     * What matches {@code wanted} (this query, or it and its English) and holds none of the excluded words in any
     * field.
     */
    SearchPredicate excluding(SearchPredicateFactory f, SearchPredicate wanted) {
        if (excluded.isEmpty()) {
            return wanted;
        }
        var allFields = LanguageFields.allFields().toArray(String[]::new);
        var bool = f.bool().must(wanted);
        excluded.forEach(word -> bool.mustNot(f.phrase().fields(allFields).matching(word)));
        return bool.toPredicate();
    }

    /** Documents indexed with one of the concepts the unit names: its near words, in whichever language. */
    private static TermsPredicateOptionsStep<?> concepts(SearchPredicateFactory f, Unit unit) {
        return f.terms()
                .field(LanguageFields.CONCEPTS_FIELD)
                .matchingAny(unit.concepts().stream().map(Concept::id).toList());
    }

    /**
     * A unit in one language's fields, or null when that language drops all of it (and knows no near word); with
     * {@code named}, a document indexed with a concept the unit names holds it too.
     */
    private SearchPredicate unit(
            SearchPredicateFactory f, Unit unit, String language, List<String> fields, boolean named) {
        var typed = unit.phrase()
                ? text(f, unit.text(), language, fields, 1, Scoring.RANKED)
                : words(f, unit.words(), language, fields);
        var near = new ArrayList<SearchPredicate>();
        if (language.equals(Translations.ARCHIVE_LANGUAGE)) {
            for (var sense : unit.senses()) {
                var clause = text(f, sense, language, fields, SENSE_WEIGHT, Scoring.RANKED);
                if (clause != null) {
                    near.add(clause);
                }
            }
        }
        if (named && !unit.concepts().isEmpty()) {
            // Matching only: the concept is scored once for the whole query (see predicate).
            near.add(f.bool().filter(concepts(f, unit)).toPredicate());
        }
        if (near.isEmpty()) {
            return typed;
        }
        var any = f.or();
        if (typed != null) {
            any.add(typed);
        }
        near.forEach(any::add);
        return any.toPredicate();
    }

    /** Every word the language keeps; null when it keeps none. */
    private SearchPredicate words(SearchPredicateFactory f, List<String> words, String language, List<String> fields) {
        var all = f.and();
        boolean kept = false;
        for (var word : words) {
            var scoring = language.equals(nearIn) ? Scoring.NEAR_SPELLINGS : Scoring.RANKED;
            var clause = text(f, word, language, fields, 1, scoring);
            if (clause != null) {
                all.add(clause);
                kept = true;
            }
        }
        return kept ? all.toPredicate() : null;
    }

    /** How a text's match counts. */
    private enum Scoring {
        /** By how often and how rarely its terms occur (BM25). */
        RANKED,
        /** Ranked, and a single term also matches terms up to two edits away. */
        NEAR_SPELLINGS
    }

    /** The text in the language's fields, as a phrase when it makes several terms; null when none is kept. */
    private SearchPredicate text(
            SearchPredicateFactory f,
            String text,
            String language,
            List<String> fields,
            float weight,
            Scoring scoring) {
        var terms = analysis.terms(language, text);
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            var match = f.match().field(fields.get(0)).boost(boost(fields.get(0)));
            for (var field : fields.subList(1, fields.size())) {
                match = match.field(field).boost(boost(field));
            }
            var matching = match.matching(text);
            int edits = scoring == Scoring.NEAR_SPELLINGS ? edits(text) : 0;
            return edits > 0
                    ? matching.fuzzy(edits, 1).boost(weight).toPredicate()
                    : matching.boost(weight).toPredicate();
        }
        var phrase = f.phrase().field(fields.get(0)).boost(boost(fields.get(0)));
        for (var field : fields.subList(1, fields.size())) {
            phrase = phrase.field(field).boost(boost(field));
        }
        var matching = phrase.matching(text);
        return matching.boost(weight).toPredicate();
    }

    /**
     * How many edits a word's term may be away, by the length of the word typed: none up to three letters, where
     * one letter otherwise makes another common word ("the", "they"), one up to seven letters, two beyond. The word,
     * not its term, because stemming shortens variants unevenly ("organization" is "organ", "organisation"
     * "organis"). The first letter is always kept: it is rarely the one mistyped, and it keeps the terms to compare
     * few. None either beyond {@link #MOST_LETTERS_NEAR}: the automaton that compares near spellings grows with the
     * word, and a run of letters that long is pasted or random, not mistyped.
     */
    static int edits(String word) {
        int length = word.codePointCount(0, word.length());
        return length <= 3 || length > MOST_LETTERS_NEAR ? 0 : length <= 7 ? 1 : 2;
    }

    private static float boost(String field) {
        return field.startsWith("label_") ? LABEL_WEIGHT : field.startsWith("title_") ? TITLE_WEIGHT : 1;
    }
}
