package org.equicity.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.search.Search.Facet;

/**
 * The baseline of the search benchmark: full-text search as comparable platforms do it in PostgreSQL. The search
 * documents are copied into one table with a {@code tsvector} column per language configuration (the text in the
 * column of its language, the English archive in a column of its own), each with a GIN index, and the facets in
 * columns of their own with indexes. A query is the typed text through {@code websearch_to_tsquery} of every
 * configuration (as Lucene analyses it with every field's analyzer), ranked by {@code ts_rank}, the first 20 with a
 * {@code ts_headline} snippet, the total, and one {@code GROUP BY} per facet.
 */
final class PostgresFullTextBaseline {

    /** Language code, text search configuration: the languages {@link LanguageFields} analyses. */
    private static final Map<String, String> CONFIGURATIONS = configurations();

    private static final String HEADLINE = "StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=35, MinWords=15";

    private final Connection connection;

    PostgresFullTextBaseline(Connection connection) {
        this.connection = connection;
    }

    /** The first page of a search: its total, its hits with their snippets, and the counts of each facet. */
    record Page(long total, List<UUID> ids, List<String> snippets, Map<Facet, Map<String, Long>> facets) {}

    /** Copies the search documents and builds the indexes; afterwards the statistics are fresh (VACUUM ANALYZE). */
    void build() throws SQLException {
        var text = "title || coalesce(E'\\n\\n' || body, '')";
        var columns = new StringBuilder();
        var configuration = new StringBuilder("case language");
        CONFIGURATIONS.forEach((language, config) -> {
            columns.append(", case when language = '%s' then to_tsvector('%s', %s) end as tsv_%s"
                    .formatted(language, config, text, language));
            configuration.append(" when '%s' then '%s'".formatted(language, config));
        });
        configuration.append(" else 'simple' end");
        try (var statement = connection.createStatement()) {
            statement.execute("drop table if exists fts_baseline");
            statement.execute("""
                    create table fts_baseline as
                    select id, kind, country, city_slug, owner_level, owner_kind, year_value, language, public_content, title,
                           %s as text, (%s)::regconfig as config,
                           string_to_array(commitments, E'\\n') as commitments,
                           string_to_array(tracks, E'\\n') as tracks,
                           coalesce(string_to_array(fields, E'\\n'), '{}') as fields, designation
                           %s,
                           to_tsvector('english', archive) as tsv_archive
                    from search_document
                    """.formatted(text, configuration, columns));
            statement.execute("alter table fts_baseline add primary key (id)");
            for (var language : CONFIGURATIONS.keySet()) {
                statement.execute("create index on fts_baseline using gin (tsv_%s)".formatted(language));
            }
            statement.execute("create index on fts_baseline using gin (tsv_archive)");
            for (var column : List.of(
                    "kind",
                    "country",
                    "city_slug",
                    "owner_level",
                    "owner_kind",
                    "year_value",
                    "language",
                    "public_content",
                    "designation")) {
                statement.execute("create index on fts_baseline (%s)".formatted(column));
            }
            statement.execute("create index on fts_baseline using gin (commitments)");
            statement.execute("create index on fts_baseline using gin (tracks)");
            statement.execute("create index on fts_baseline using gin (fields)");
            statement.execute("vacuum analyze fts_baseline");
        }
    }

    Page search(SearchCorpus.Query query) throws SQLException {
        var where = where(query);
        var rank = new Sql();
        CONFIGURATIONS.forEach((language, config) -> rank.add(
                (rank.isEmpty() ? "" : " + ")
                        + "coalesce(ts_rank(d.tsv_%s, websearch_to_tsquery('%s', ?)), 0)".formatted(language, config),
                query.text()));
        rank.add(" + coalesce(ts_rank(d.tsv_archive, websearch_to_tsquery('english', ?)), 0)", query.text());

        var page = new Sql()
                .add(
                        "select id, ts_headline(config, text, websearch_to_tsquery(config, ?), '" + HEADLINE + "')"
                                + " from (select d.id, d.text, d.config, ",
                        query.text())
                .add(rank)
                .add(" as rank from fts_baseline d where ")
                .add(where)
                .add(" order by rank desc limit 20) top order by rank desc");
        var ids = new ArrayList<UUID>();
        var snippets = new ArrayList<String>();
        page.query(connection, row -> {
            ids.add(row.getObject(1, UUID.class));
            snippets.add(row.getString(2));
        });

        var total = new long[1];
        new Sql()
                .add("select count(*) from fts_baseline d where ")
                .add(where)
                .query(connection, row -> total[0] = row.getLong(1));

        var facets = new LinkedHashMap<Facet, Map<String, Long>>();
        for (var facet : Facet.values()) {
            var counts = new LinkedHashMap<String, Long>();
            var column = column(facet);
            var from = isList(facet)
                    ? "select v, count(*) from fts_baseline d cross join unnest(d." + column + ") v where "
                    : "select d." + column + "::text, count(*) from fts_baseline d where ";
            new Sql()
                    .add(from)
                    .add(where)
                    .add(" group by 1 order by 2 desc limit 50")
                    .query(connection, row -> counts.put(row.getString(1), row.getLong(2)));
            facets.put(facet, counts);
        }
        return new Page(total[0], ids, snippets, facets);
    }

    /** Which of the given documents the query finds. */
    List<UUID> found(SearchCorpus.Query query, List<UUID> among) throws SQLException {
        var found = new ArrayList<UUID>();
        new Sql()
                .add("select id from fts_baseline d where d.id = any(?) and ", (Object) among.toArray(UUID[]::new))
                .add(where(query))
                .query(connection, row -> found.add(row.getObject(1, UUID.class)));
        return found;
    }

    /** Public content that matches the text in any language configuration, narrowed by the facet filters. */
    private static Sql where(SearchCorpus.Query query) {
        var where = new Sql().add("d.public_content and (");
        CONFIGURATIONS.forEach((language, config) ->
                where.add("d.tsv_%s @@ websearch_to_tsquery('%s', ?) or ".formatted(language, config), query.text()));
        where.add("d.tsv_archive @@ websearch_to_tsquery('english', ?))", query.text());
        query.filters().forEach((facet, values) -> {
            if (isList(facet)) {
                where.add(" and d." + column(facet) + " && ?", (Object) values.toArray(String[]::new));
            } else if (facet == Facet.YEAR) {
                where.add(" and d.year_value = any(?)", (Object)
                        values.stream().map(Integer::valueOf).toArray(Integer[]::new));
            } else {
                where.add(" and d." + column(facet) + " = any(?)", (Object) values.toArray(String[]::new));
            }
        });
        return where;
    }

    private static String column(Facet facet) {
        return switch (facet) {
            case KIND -> "kind";
            case COUNTRY -> "country";
            case CITY -> "city_slug";
            case LEVEL -> "owner_level";
            case OWNER -> "owner_kind";
            case COMMITMENT -> "commitments";
            case TRACK -> "tracks";
            case YEAR -> "year_value";
            case LANGUAGE -> "language";
            case FIELD -> "fields";
            case DESIGNATION -> "designation";
        };
    }

    private static boolean isList(Facet facet) {
        return facet == Facet.COMMITMENT || facet == Facet.TRACK || facet == Facet.FIELD;
    }

    private static Map<String, String> configurations() {
        var configurations = new LinkedHashMap<String, String>();
        configurations.put("en", "english");
        configurations.put("de", "german");
        configurations.put("fr", "french");
        configurations.put("es", "spanish");
        configurations.put("it", "italian");
        configurations.put("nl", "dutch");
        configurations.put("sv", "swedish");
        if (!configurations.keySet().containsAll(LanguageFields.ANALYSED)) {
            throw new IllegalStateException("A language without text search configuration: " + LanguageFields.ANALYSED);
        }
        return configurations;
    }

    /** SQL with its parameters, built in pieces. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql add(String part, Object... values) {
            text.append(part);
            parameters.addAll(List.of(values));
            return this;
        }

        Sql add(Sql other) {
            text.append(other.text);
            parameters.addAll(other.parameters);
            return this;
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        interface Row {
            void read(java.sql.ResultSet row) throws SQLException;
        }

        void query(Connection connection, Row reader) throws SQLException {
            try (var statement = connection.prepareStatement(text.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    var value = parameters.get(i);
                    if (value instanceof Object[] array) {
                        var type = array instanceof UUID[] ? "uuid" : array instanceof Integer[] ? "integer" : "text";
                        statement.setArray(i + 1, connection.createArrayOf(type, array));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }
}
