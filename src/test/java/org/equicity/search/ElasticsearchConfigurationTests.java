package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.EventsSettled;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CreateCity;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.report.ReportFixtures;
import org.equicity.search.SearchDocument.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application configured for Elasticsearch (or OpenSearch) as a deployment of several nodes would be, pointed
 * at an address where no server listens: it starts without contacting the cluster, declares the analysis every
 * language needs, and keeps saving content while the index cannot be reached.
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
            "spring.jpa.properties.hibernate.search.backend.version=9.1",
            "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
            "spring.jpa.properties.hibernate.search.backend.request_timeout=2000",
            "equicity.search.retry-interval=PT1H"
        })
@AutoConfigureMockMvc
class ElasticsearchConfigurationTests {

    static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> "127.0.0.1:" + CLOSED_PORT);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Plans plans;

    @Autowired
    Practices practices;

    @Autowired
    Cities cities;

    @Autowired
    Indexing indexing;

    @Autowired
    SearchBacklogRepository backlog;

    @Autowired
    MockMvc mvc;

    @Test
    void theIndexIsDeclaredWithTheStemmingOfEachLanguage(@TempDir Path schema) throws IOException {
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(SearchDocument.class)
                .schemaManager()
                .exportExpectedSchema(schema);

        String exported;
        try (var files = Files.walk(schema)) {
            exported = files.filter(Files::isRegularFile)
                    .map(ElasticsearchConfigurationTests::read)
                    .collect(Collectors.joining("\n"))
                    .replaceAll("\\s", "");
        }
        for (var analyzer : List.of(
                "\"en\":{\"type\":\"english\"",
                "\"fr\":{\"type\":\"french\"",
                "\"es\":{\"type\":\"spanish\"",
                "\"it\":{\"type\":\"italian\"",
                "\"nl\":{\"type\":\"dutch\"",
                "\"sv\":{\"type\":\"swedish\"")) {
            assertThat(exported).contains(analyzer);
        }
        assertThat(exported).contains("\"text_de\":{\"type\":\"text\"").contains("\"analyzer\":\"de\"");
        assertThat(exported).contains("\"title_de\":{\"type\":\"text\"");
        // German splits compounds as the embedded backend does (GermanCompounds)
        assertThat(exported)
                .contains("\"de\":{\"type\":\"custom\"")
                .contains("\"type\":\"dictionary_decompounder\"")
                .contains("\"wohnung\"");
        assertThat(exported).contains("\"archive_en\":{\"type\":\"text\"");
    }

    @Test
    void contentIsSavedWhileTheIndexCannotBeReachedAndIndexedLater() {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = "es-" + UUID.randomUUID().toString().substring(0, 8);
        var city = PlanFixtures.as(
                admin, () -> cities.create(new CreateCity(slug, "City " + slug, "AT", 1_000L, List.of("de"))));
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));

        var plan = PlanFixtures.as(
                coordinator,
                () -> plans.create(new NewPlan(
                        city.id(),
                        new PlanDetails("Aktionsplan", 2025, 2028, null),
                        PlanFixtures.COMMITMENTS,
                        PlanFixtures.TRACKS,
                        null)));

        assertThat(PlanFixtures.as(coordinator, () -> plans.plan(plan))
                        .details()
                        .title())
                .isEqualTo("Aktionsplan");
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        assertThat(backlog.findBySourceTypeAndSourceId(Source.PLAN, plan.value()))
                .as("kept for the next round")
                .isNotEmpty();
        assertThatCode(() -> indexing.retry(Instant.now())).doesNotThrowAnyException();
        assertThat(backlog.findBySourceTypeAndSourceId(Source.PLAN, plan.value()))
                .isNotEmpty();
    }

    @Test
    void aSavedChangeIsNotedForTheIndexInTheSavingTransactionSoThatNoOutageCanLoseIt() {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = "es-" + UUID.randomUUID().toString().substring(0, 8);
        var city = PlanFixtures.as(
                admin, () -> cities.create(new CreateCity(slug, "City " + slug, "AT", 1_000L, List.of("de"))));
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

        var plan = transaction.execute(status -> {
            var created = PlanFixtures.as(
                    coordinator,
                    () -> plans.create(new NewPlan(
                            city.id(),
                            new PlanDetails("Aktionsplan", 2025, 2028, null),
                            PlanFixtures.COMMITMENTS,
                            PlanFixtures.TRACKS,
                            null)));
            assertThat(backlog.findBySourceTypeAndSourceId(Source.PLAN, created.value()))
                    .as("noted before the save commits")
                    .isNotEmpty();
            status.setRollbackOnly();
            return created;
        });

        assertThat(backlog.findBySourceTypeAndSourceId(Source.PLAN, plan.value()))
                .as("gone with the save it belonged to")
                .isEmpty();
    }

    @Test
    void aPracticeIsSavedWhileTheIndexCannotBeReachedAndIndexedLater() {
        var fixtures = ReportFixtures.create(context);
        var content = new PracticeContent("de", PracticeFixtures.template("Meldestelle", List.of(), null, null), null);

        var practice = TestCities.as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content)));

        assertThat(TestCities.as(fixtures.coordinator(), () -> practices.practice(practice))
                        .content()
                        .template()
                        .title())
                .isEqualTo("Meldestelle");
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        assertThatCode(() -> indexing.retry(Instant.now())).doesNotThrowAnyException();
        assertThat(backlog.findBySourceTypeAndSourceId(Source.PRACTICE, practice.value()))
                .as("kept for the next round")
                .isNotEmpty();
    }

    @Test
    void whileTheIndexCannotBeReachedSearchingSaysSoInsteadOfFailing() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "housing"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/search").param("q", "housing"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Search is not available right now.")))
                .andExpect(content().string(containsString("value=\"housing\"")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
