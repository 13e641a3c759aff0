package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.PracticeImports.Outcome;
import org.equicity.practice.importing.PracticeImports.Upload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The figure of issue 13: a compendium of 300 practices (a PDF of about 300 pages, with contents, themes, countries,
 * English and French labels) imported in under 60 s: reading and splitting the document on upload, the preview, the
 * import in the background, and the search index written after it. Prints each step's time and the total; asserts
 * only that every practice arrived. Run with {@code ./mvnw -Pbenchmark verify -Dtest=PracticeImportBenchmarkTests}.
 */
@SpringBootTest
// With MockMvc, though unused here: the same cached application context as the other tests, one start fewer.
@AutoConfigureMockMvc
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class PracticeImportBenchmarkTests {

    static final int PRACTICES = 300;

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeImports imports;

    @Autowired
    EventPublicationRegistry publications;

    @Test
    void printsTheTimeOfImportingA300PracticeCompendium() {
        var world = new ImportWorld(context);
        var compendium = new TestCompendium("Benchmark compendium of urban practices");
        var cities = world.cities.keySet().stream().toList();
        var countries = ImportWorld.COUNTRIES;
        for (var i = 0; i < PRACTICES; i++) {
            var city = cities.get(i % cities.size());
            var country = countries.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(city))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            var theme = i < PRACTICES / 2 ? ImportWorld.THEME_ONE : ImportWorld.THEME_TWO;
            compendium.practice(
                    theme,
                    country.substring(3),
                    city.toUpperCase() + ": Practice number " + (i + 1) + " of " + city,
                    country.startsWith("FR") || country.startsWith("BE"),
                    "Public services; Education");
        }
        // a compendium orders its practices by theme, then country
        compendium.entries.sort(java.util.Comparator.comparing(TestCompendium.Entry::theme)
                .reversed()
                .thenComparing(TestCompendium.Entry::country));
        var pdf = compendium.pdf();
        System.out.printf("Benchmark compendium: %d practices, PDF of %d KB%n", PRACTICES, pdf.length / 1024);

        var system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = system.getSystemLoadAverage();
        long processorBefore = system.getProcessCpuTime();
        long started = System.nanoTime();
        var id = as(
                world.secretariat,
                () -> imports.upload(
                        world.network.id(),
                        new Upload(
                                "benchmark.pdf",
                                pdf,
                                new SourceDocument(compendium.title, "Council of Europe", "2024", null),
                                "Council of Europe",
                                LocalDate.of(2024, 6, 1))));
        long uploaded = System.nanoTime();
        var preview = world.preview(id);
        assertThat(preview.count(Outcome.CREATE)).isEqualTo(PRACTICES);
        long previewed = System.nanoTime();
        var done = world.imported(id);
        assertThat(done.status()).isEqualTo(PracticeImports.Status.IMPORTED);
        assertThat(done.result().created()).isEqualTo(PRACTICES);
        long imported = System.nanoTime();
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> publications.findIncompletePublications().stream()
                        .noneMatch(publication -> publication.getStatus() == Status.PUBLISHED
                                || publication.getStatus() == Status.PROCESSING
                                || publication.getStatus() == Status.RESUBMITTED));
        long indexed = System.nanoTime();
        long processor = system.getProcessCpuTime() - processorBefore;
        System.out.printf(
                "Import of %d practices: extraction and split %d ms, preview %d ms, import %d ms, index %d ms;"
                        + " total %.1f s (target 60 s)%n",
                PRACTICES,
                (uploaded - started) / 1_000_000,
                (previewed - uploaded) / 1_000_000,
                (imported - previewed) / 1_000_000,
                (indexed - imported) / 1_000_000,
                (indexed - started) / 1e9);
        // on a shared machine the wall clock says more about the others' builds than about the import
        System.out.printf(
                "Processor time of the whole test JVM during the import: %.1f s; load average %.1f before, %.1f after%n",
                processor / 1e9, loadBefore, system.getSystemLoadAverage());
    }
}
