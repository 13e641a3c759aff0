package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.report.ReportFixtures;
import org.equicity.translation.RecordingHttpServer.Response;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.QueryMeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The relevance test set of search (issue 12): 60 good practices written for the purpose in English, German,
 * French, Spanish and Italian, designated through the practice module and indexed as in production, and 97 queries
 * with judged answers, asked through the API in the reader's language. Prints precision at 3, recall at 10 and the
 * mean reciprocal rank per language and overall (the relevance benchmark:
 * {@code ./mvnw verify -Dtest=SearchRelevanceTests}), and fails when the overall mean reciprocal rank falls below
 * what search reached: a guard against regressions, not a tuned number. The practices have no English archive (no
 * translation round runs), so answers in other languages are found through the query's translation, the framework
 * labels and the thesaurus only. No translation server runs: queries in German, French, Spanish and Italian reach
 * English through their FreeDict dictionaries, as in an installation with no engine configured.
 */
class SearchRelevanceTests extends SearchTestContext {

    /**
     * The overall mean reciprocal rank reached (0.95 with the 26 queries in German and Spanish written later, without
     * looking at the thesaurus; 1.00 on the 61 written with it; 0.94 with the 10 German compound queries added with
     * compound splitting, which reach 0.85 with it and 0.65 without), rounded down. Those were measured with the
     * designations' deleted versions still in the term statistics; on one merged segment, as now, the set reaches
     * 0.9296.
     */
    static final double REACHED_MRR = 0.92;

    record PracticeCase(
            String id,
            String language,
            String commitment,
            String track,
            List<String> activity,
            List<String> action,
            String title,
            String text) {}

    record PracticeFile(List<PracticeCase> practices) {}

    record QueryCase(String language, String text, List<String> relevant, List<String> means) {}

    record QueryFile(List<QueryCase> queries) {}

    /** One query's measures: precision at 3, recall at 10, reciprocal rank of the first relevant hit in the top 10. */
    record Measures(double precisionAt3, double recallAt10, double reciprocalRank) {

        static Measures of(List<String> ranked, List<String> relevant) {
            var top10 = ranked.subList(0, Math.min(10, ranked.size()));
            long inTop3 = top10.stream().limit(3).filter(relevant::contains).count();
            long inTop10 = top10.stream().filter(relevant::contains).count();
            double reciprocal = 0;
            for (int rank = 0; rank < top10.size(); rank++) {
                if (relevant.contains(top10.get(rank))) {
                    reciprocal = 1.0 / (rank + 1);
                    break;
                }
            }
            return new Measures(inTop3 / 3.0, (double) inTop10 / relevant.size(), reciprocal);
        }

        static Measures mean(List<Measures> all) {
            return new Measures(
                    all.stream().mapToDouble(Measures::precisionAt3).average().orElse(0),
                    all.stream().mapToDouble(Measures::recallAt10).average().orElse(0),
                    all.stream().mapToDouble(Measures::reciprocalRank).average().orElse(0));
        }
    }

    @Autowired
    Practices practices;

    @Autowired
    Translations translations;

    @Test
    void findsTheJudgedAnswersInEveryLanguage() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var titles = new HashMap<String, String>();
        for (var practice : read("practices", PracticeFile.class).practices()) {
            designate(fixtures, practice);
            titles.put(practice.title(), practice.id());
        }
        // Every designation rewrote its document, and the deleted versions count in the term statistics until the
        // engine merges them away, which OpenSearch does when it likes: the ranks of near ties changed from run to
        // run. A rebuild ends in one merged segment, so every run ranks on the same statistics.
        indexing.rebuild();

        // German queries go through the FreeDict dictionary like the others, not through the test context's
        // LibreTranslate stand-in, which only marks a text "EN" and would leave the German words as typed.
        TranslationTestContext.LIBRETRANSLATE.answer(request -> new Response(503, "{\"error\":\"down\"}"));
        try {
            measure(fixtures.city().slug(), titles);
        } finally {
            TranslationTestContext.LIBRETRANSLATE.answer(TranslationTestContext.LIBRETRANSLATE_ANSWER);
        }
    }

    private void measure(String citySlug, Map<String, String> titles) throws Exception {
        var byLanguage = new LinkedHashMap<String, List<Measures>>();
        var means = new TreeMap<String, Set<QueryMeans>>();
        var misses = new ArrayList<String>();
        for (var query : read("queries", QueryFile.class).queries()) {
            var results = search(
                    query.text(),
                    citySlug,
                    request -> request.param("lang", query.language()).param("size", "10"));
            var ranked = titles(results).stream().map(titles::get).toList();
            var measures = Measures.of(ranked, query.relevant());
            means.computeIfAbsent(query.language(), language -> new TreeSet<>())
                    .add(translations
                            .translateQuery(query.text(), query.language())
                            .means());
            byLanguage
                    .computeIfAbsent(query.language(), language -> new ArrayList<>())
                    .add(measures);
            if (measures.reciprocalRank() < 1) {
                misses.add("  %s %-45s first relevant at %s; got %s; English searched: %s"
                        .formatted(
                                query.language(),
                                "\"" + query.text() + "\"",
                                measures.reciprocalRank() == 0 ? "-" : Math.round(1 / measures.reciprocalRank()),
                                ranked.subList(0, Math.min(5, ranked.size())),
                                results.path("translatedQuery").asString("-")));
            }
        }

        var overall = print(byLanguage, misses);
        System.out.printf("how each language's queries reached English: %s%n%n", means);
        assertThat(byLanguage).containsKeys("en", "de", "fr", "es", "it");
        assertThat(byLanguage.values())
                .allSatisfy(queries -> assertThat(queries).hasSizeGreaterThanOrEqualTo(8));
        assertThat(overall.reciprocalRank())
                .as("overall mean reciprocal rank of the relevance set")
                .isGreaterThanOrEqualTo(REACHED_MRR);
    }

    private void designate(ReportFixtures fixtures, PracticeCase practice) {
        var content = new PracticeContent(
                practice.language(),
                PracticeFixtures.template(practice.title(), practice.action(), "2024", practice.text()),
                new Classification(practice.commitment(), practice.track(), practice.activity(), 2024));
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content)));
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.designate(id);
        });
    }

    private static Measures print(Map<String, List<Measures>> byLanguage, List<String> misses) {
        var out = new StringBuilder("%n==== Search relevance: precision@3, recall@10, MRR ====%n".formatted());
        out.append("language  queries  P@3    R@10   MRR%n".formatted());
        var all = new ArrayList<Measures>();
        byLanguage.forEach((language, measures) -> {
            all.addAll(measures);
            out.append(row(language, measures));
        });
        var overall = Measures.mean(all);
        out.append(row("overall", all));
        out.append("queries whose first answer is not the first hit:%n".formatted());
        misses.forEach(miss -> out.append(miss).append("%n".formatted()));
        System.out.print(out);
        return overall;
    }

    private static String row(String name, List<Measures> measures) {
        var mean = Measures.mean(measures);
        return "%-9s %7d  %.2f   %.2f   %.2f%n"
                .formatted(name, measures.size(), mean.precisionAt3(), mean.recallAt10(), mean.reciprocalRank());
    }

    private static <T> T read(String name, Class<T> type) throws IOException {
        try (InputStream in = SearchRelevanceTests.class.getResourceAsStream("/search/relevance-" + name + ".yaml")) {
            return YAMLMapper.builder().build().readValue(in, type);
        }
    }
}
