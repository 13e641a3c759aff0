package org.equicity.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.QueryTranslation;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

@Service
class SearchService implements Search {

    private static final int SNIPPET_LENGTH = 240;
    private static final int FACET_VALUES = 50;

    private static final AggregationKey<Map<String, Long>> FACETS = AggregationKey.of("facets");

    /** How long city names are taken as read: a renamed city's facet label may lag by as much. */
    private static final Duration CITY_NAMES_VALIDITY = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final Access access;
    private final Translations translations;
    private final Cities cities;
    private final Catalogues catalogues;
    private final Indexing indexing;
    private final Snippets snippets = new Snippets();
    private final QueryAnalysis analysis = new QueryAnalysis();
    private final Thesaurus thesaurus = new Thesaurus(analysis);
    private final TransactionTemplate reading;
    private volatile CityNames cityNames = new CityNames(Map.of(), Instant.EPOCH);
    private final Clock clock;

    SearchService(
            EntityManager entityManager,
            Access access,
            Translations translations,
            Cities cities,
            Catalogues catalogues,
            Indexing indexing,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.access = access;
        this.translations = translations;
        this.cities = cities;
        this.catalogues = catalogues;
        this.indexing = indexing;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        // Asked before the transaction: an engine may take its time, and a database connection should not wait.
        var read = read(query);
        var visibility = visibility();
        try {
            return reading.execute(status -> run(query, read, visibility));
        } catch (org.hibernate.search.util.common.SearchException failure) {
            throw new SearchUnavailableException(failure);
        }
    }

    @Override
    public long rebuild() {
        access.requirePlatformAdmin();
        return indexing.rebuild();
    }

    /**
     * A query as search reads it: the language it is written in (detected, or the reader's when too short to tell),
     * and its English when it is not written in English and an engine (directly or through a pivot) or a dictionary
     * translates it (null otherwise). The query as typed is searched in any case.
     */
    private record Reading(String language, QueryTranslation english) {}

    private Reading read(SearchQuery query) {
        var wanted = TextQuery.withoutExclusions(query.text());
        if (wanted.isBlank()) {
            return new Reading(query.language(), null);
        }
        try {
            var translation = translations.translateQuery(wanted, query.language());
            boolean same = translation.english() != null
                    && translation.english().strip().equalsIgnoreCase(wanted);
            return new Reading(translation.language(), translation.translated() && !same ? translation : null);
        } catch (RuntimeException unusableLanguage) {
            return new Reading(query.language(), null);
        }
    }

    /** The English searched besides the typed query, as the reader is told of it and as snippets mark it. */
    private String shown(QueryTranslation translation) {
        if (translation == null) {
            return null;
        }
        if (translation.english() != null) {
            return translation.english().strip();
        }
        var words = translation.words().stream()
                .filter(word -> TextQuery.asked(word, translation.language(), analysis))
                .map(word -> word.senses().isEmpty()
                        ? quoted(word.typed())
                        : "("
                                + String.join(
                                        " | ",
                                        word.senses().stream()
                                                .map(SearchService::quoted)
                                                .toList()) + ")")
                .collect(Collectors.joining(" "));
        // Stop words only: no English was searched.
        return words.isEmpty() ? null : words;
    }

    private static String quoted(String words) {
        return words.contains(" ") ? "\"" + words.replace("\"", "") + "\"" : words;
    }

    /**
     * Everyone sees public content; a city's people also their city's unpublished work; a network's secretariat and
     * reviewers the unpublished items shared with the network (practices submitted to it); administrators all.
     */
    private record Visibility(boolean everything, Set<UUID> ownCities, Set<UUID> ownNetworks) {}

    private Visibility visibility() {
        if (access.isPlatformAdmin()) {
            return new Visibility(true, Set.of(), Set.of());
        }
        var grants = access.current().stream()
                .flatMap(person -> person.grants().stream())
                .toList();
        var cities = grants.stream()
                .map(RoleGrant::city)
                .filter(Objects::nonNull)
                .map(CityId::value)
                .collect(Collectors.toSet());
        var networks = grants.stream()
                .filter(grant -> grant.role() == Role.NETWORK_SECRETARIAT || grant.role() == Role.REVIEWER)
                .map(RoleGrant::network)
                .map(NetworkId::value)
                .collect(Collectors.toSet());
        return new Visibility(false, cities, networks);
    }

    private SearchResults run(SearchQuery query, Reading read, Visibility visibility) {
        var translated = shown(read.english());
        var session = org.hibernate.search.mapper.orm.Search.session(entityManager);
        var scope = session.scope(SearchDocument.class);
        var result = fetch(session, scope, query, where(scope.predicate(), query, read, visibility, false));
        boolean loosened = false;
        if (result.total().hitCount() == 0 && !query.text().isEmpty()) {
            // Nothing holds every word as typed: a word may be mistyped, or said otherwise in the texts.
            result = fetch(session, scope, query, where(scope.predicate(), query, read, visibility, true));
            loosened = result.total().hitCount() > 0;
        }

        var hits = result.hits().stream()
                .map(document -> hit(document, query.text(), translated))
                .toList();
        var counts = FacetField.byFacet(result.aggregation(FACETS));
        var facets = new EnumMap<Facet, List<FacetValue>>(Facet.class);
        for (var facet : Facet.values()) {
            var selected = query.filter(facet);
            var values = new ArrayList<FacetValue>();
            counts.get(facet).entrySet().stream()
                    .limit(FACET_VALUES)
                    .forEach(count -> values.add(new FacetValue(
                            count.getKey(),
                            label(facet, count.getKey(), query.language()),
                            count.getValue(),
                            selected.contains(count.getKey()))));
            facets.put(facet, values);
        }
        return new SearchResults(query, result.total().hitCount(), hits, facets, translated, loosened);
    }

    /** One page of hits with the counts of every facet. */
    private static SearchResult<SearchDocument> fetch(
            SearchSession session, SearchScope<SearchDocument> scope, SearchQuery query, SearchPredicate predicate) {
        return session.search(scope)
                .where(predicate)
                .aggregation(
                        FACETS,
                        a -> a.terms()
                                .field(FacetField.NAME, String.class, ValueModel.STRING)
                                .maxTermCount(FacetField.MOST_VALUES))
                .fetch(query.page() * query.size(), query.size());
    }

    /** The query's text, filtered by what the reader may see and by the facet values chosen. */
    private SearchPredicate where(
            SearchPredicateFactory f, SearchQuery query, Reading read, Visibility visibility, boolean loosened) {
        var where = f.bool();
        where.must(text(f, query.text(), read, loosened));
        if (!visibility.everything()) {
            var visible = f.or().add(f.match().field("published").matching(true));
            if (!visibility.ownCities().isEmpty()) {
                visible.add(f.terms().field("cityId").matchingAny(visibility.ownCities()));
            }
            if (!visibility.ownNetworks().isEmpty()) {
                visible.add(f.terms().field("networkId").matchingAny(visibility.ownNetworks()));
            }
            where.filter(visible);
        }
        for (var facet : Facet.values()) {
            var values = filterValues(facet, query.filter(facet));
            if (!values.isEmpty()) {
                where.filter(f.terms().field(field(facet)).matchingAny(values, ValueModel.STRING));
            }
        }
        return where.toPredicate();
    }

    /**
     * What was typed, in every language's fields with its near words; its English in the English fields: the
     * engine's translation as a query, or the dictionary's senses as one disjunction per word. Loosened, a word is
     * sought in near spellings in the fields of the query's language only (and its English in the English ones): a
     * typing error is one in that language, and near spellings in every field would cost most of a search's time.
     */
    private SearchPredicate text(SearchPredicateFactory f, String text, Reading read, boolean loosened) {
        if (text.isEmpty()) {
            return f.matchAll().toPredicate();
        }
        var parsed = TextQuery.parse(text, analysis, thesaurus);
        var own = LanguageFields.ANALYSED.contains(read.language()) ? read.language() : LanguageFields.OTHER;
        var typed = (loosened ? parsed.loosened(own) : parsed).predicate(f, LanguageFields.analyzers(), own);
        var translation = read.english();
        if (translation == null) {
            return parsed.excluding(f, typed);
        }
        var english = translation.english() != null
                ? TextQuery.parse(translation.english(), analysis, null)
                : TextQuery.senses(translation.words(), translation.language(), analysis);
        if (english.isEmpty()) {
            // Stop words only: nothing to ask of the English fields (an empty query would match everything).
            return parsed.excluding(f, typed);
        }
        return parsed.excluding(
                f,
                f.or(
                                typed,
                                (loosened ? english.loosened(Translations.ARCHIVE_LANGUAGE) : english)
                                        .predicate(
                                                f,
                                                List.of(Translations.ARCHIVE_LANGUAGE),
                                                Translations.ARCHIVE_LANGUAGE))
                        .toPredicate());
    }

    private static String field(Facet facet) {
        return switch (facet) {
            case KIND -> "kind";
            case COUNTRY -> "country";
            case CITY -> "citySlug";
            case LEVEL -> "ownerLevel";
            case OWNER -> "ownerKind";
            case COMMITMENT -> "commitments";
            case TRACK -> "tracks";
            case YEAR -> "year";
            case LANGUAGE -> "language";
            case FIELD -> "fields";
            case DESIGNATION -> "designation";
        };
    }

    /** Filter values as the index holds them; values that cannot occur (a year that is no number) are dropped. */
    private static List<String> filterValues(Facet facet, List<String> values) {
        var parsed = new ArrayList<String>();
        for (var value : values) {
            switch (facet) {
                case YEAR -> {
                    if (value.matches("\\d{1,4}")) {
                        parsed.add(value);
                    }
                }
                case KIND -> {
                    if (isName(Kind.class, value)) {
                        parsed.add(value);
                    }
                }
                case DESIGNATION -> {
                    if (isName(Designation.class, value)) {
                        parsed.add(value);
                    }
                }
                default -> parsed.add(value);
            }
        }
        return parsed;
    }

    private static boolean isName(Class<? extends Enum<?>> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .anyMatch(constant -> constant.name().equals(value));
    }

    private String label(Facet facet, String value, String language) {
        var locale = Locale.forLanguageTag(language);
        return switch (facet) {
            case COUNTRY -> new Locale.Builder().setRegion(value).build().getDisplayCountry(locale);
            case CITY -> cityName(value);
            case LANGUAGE -> Locale.forLanguageTag(value).getDisplayLanguage(locale);
            case FIELD -> catalogues.field(value, locale);
            case COMMITMENT, TRACK -> catalogues.commitmentOrTrack(value, locale);
            default -> value;
        };
    }

    /** The city facet shows up to 50 cities: their names are read all at once, not with a query each. */
    private record CityNames(Map<String, String> bySlug, Instant read) {}

    private String cityName(String slug) {
        var names = cityNames;
        if (names.read().isBefore(clock.instant().minus(CITY_NAMES_VALIDITY))) {
            names = new CityNames(
                    cities.all().stream().collect(Collectors.toMap(CitySummary::slug, CitySummary::name)),
                    clock.instant());
            cityNames = names;
        }
        var name = names.bySlug().get(slug);
        // A city created since the names were read.
        return name != null
                ? name
                : cities.findBySlug(slug).map(CitySummary::name).orElse(slug);
    }

    private Hit hit(SearchDocument document, String query, String translated) {
        var snippet = snippets.of(document.language(), document.text(), document.archive(), query, translated);
        return new Hit(
                document.id(),
                document.kind(),
                document.sourceId(),
                document.citySlug(),
                document.cityName(),
                document.country(),
                document.title(),
                document.language(),
                document.year(),
                document.published(),
                document.designation(),
                snippet != null ? snippet.html() : HtmlUtils.htmlEscape(Texts.cut(document.text(), SNIPPET_LENGTH)),
                snippet != null && snippet.archive());
    }
}
