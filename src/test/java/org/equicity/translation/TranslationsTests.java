package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.network.NetworkTestData;
import org.equicity.network.Networks;
import org.equicity.people.TestPeople;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Translations.JobState;
import org.equicity.translation.Translations.ReadingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("database")
class TranslationsTests extends TranslationTestContext {

    @Autowired
    Translations translations;

    @Autowired
    TranslationJobRepository jobs;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static FieldRef field(String name) {
        return new FieldRef("practice", UUID.randomUUID(), name);
    }

    /** Content of a city in no network is saved the way an owning module saves it: in a transaction that commits. */
    void save(FieldRef field, String language, String text) {
        transactions.executeWithoutResult(
                status -> translations.textsSaved(new CityId(UUID.randomUUID()), language, Map.of(field, text)));
    }

    Translations.Translation english(FieldRef field) {
        return translations.translation(field, "en").orElseThrow();
    }

    @Test
    @ApertiumServer.Required
    void aSpanishSentenceIsTranslatedIntoEnglishByApertiumInTheBackground() {
        var field = field("description");

        save(field, "es", "La ciudad publica su plan contra el racismo.");

        assertThat(translations.translation(field, "en")).isEmpty();
        assertThat(translations.read(field, "en").status()).isEqualTo(ReadingStatus.PENDING);
        runWorker(context);

        var english = english(field);
        assertThat(english.text()).isEqualTo("The city publishes his plan against the racism.");
        assertThat(english.origin()).isEqualTo(Origin.MACHINE);
        assertThat(english.engine()).isEqualTo("apertium");
        assertThat(english.engineVersion()).isEqualTo("spa-eng");
        assertThat(english.sourceLanguage()).isEqualTo("es");
        assertThat(english.sourceChangedSince()).isFalse();
        assertThat(translations.read(field, "en").status()).isEqualTo(ReadingStatus.TRANSLATED);
        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.ORIGINAL);
        assertThat(jobs.findByKeyAndTargetLanguage(FieldKey.of(field), "en")).isEmpty();
    }

    @Test
    @ApertiumServer.Required
    void lineBreaksAndListsSurviveTranslation() {
        var field = field("measures");

        save(field, "es", "Medidas:\n\n- Vivienda justa.\n- Empleo digno.\n");
        runWorker(context);

        assertThat(english(field).text()).isEqualTo("Measures:\n\n- Just house.\n- Worthy use.\n");
    }

    @Test
    @ApertiumServer.Required
    void aLongTextIsSplitIntoSentencesAndReassembled() {
        var field = field("report");
        var first = "El consejo municipal aprobó el plan de acción local contra el racismo. ";
        var middle = "Los vecinos participan en las reuniones. ";
        var last = "La ciudad informa cada año.";
        var text = first + middle.repeat(8) + last;
        assertThat(text.length()).isGreaterThan(3 * 120);

        save(field, "es", text);
        runWorker(context);

        var english = english(field).text();
        assertThat(english)
                .startsWith("The municipal council approved the plan of local action against the racism. ")
                .endsWith("The city informs every year.");
        assertThat(english.split("The neighbours take part in the meetings\\.", -1))
                .hasSize(9);
    }

    @Test
    @ApertiumServer.Required
    void whenTheSourceChangesItsMachineTranslationIsMarkedOutdatedAndRedone() {
        var field = field("title");
        save(field, "es", "Buenos días.");
        runWorker(context);
        assertThat(english(field).text()).isEqualTo("Good morning.");

        save(field, "es", "Buenas noches.");

        assertThat(english(field).text()).isEqualTo("Good morning.");
        assertThat(english(field).sourceChangedSince()).isTrue();
        assertThat(translations.read(field, "en").status()).isEqualTo(ReadingStatus.OUTDATED);
        runWorker(context);
        assertThat(english(field).text()).isEqualTo("Good nights.");
        assertThat(english(field).sourceChangedSince()).isFalse();
    }

    @Test
    @ApertiumServer.Required
    void aHumanTranslationIsNeverOverwrittenButMarkedWhenItsSourceChanges() {
        var title = field("title");
        var summary = new FieldRef(title.ownerType(), title.ownerId(), "summary");
        save(title, "es", "Buenos días.");
        save(summary, "es", "Buenas noches.");
        runWorker(context);
        signIn();

        var corrected = transactions.execute(status -> translations.correct(title, "en", "Good day to you."));

        assertThat(corrected.origin()).isEqualTo(Origin.HUMAN);
        assertThat(corrected.engine()).isNull();
        save(summary, "es", "Hasta mañana.");
        runWorker(context);
        assertThat(english(title).text()).isEqualTo("Good day to you.");
        assertThat(english(title).sourceChangedSince()).isFalse();

        save(title, "es", "Buenas tardes.");
        runWorker(context);

        assertThat(english(title).text()).isEqualTo("Good day to you.");
        assertThat(english(title).origin()).isEqualTo(Origin.HUMAN);
        assertThat(english(title).sourceChangedSince()).isTrue();
        assertThat(translations.read(title, "en").status()).isEqualTo(ReadingStatus.OUTDATED);
    }

    @Test
    @ApertiumServer.Required
    void withApertiumStoppedSavingWorksAndTheJobIsRetriedWithBackOffUntilApertiumIsBack() {
        var field = field("description");
        var key = FieldKey.of(field);
        ApertiumServer.stop();
        try {
            stoppedThenBack(field, key);
        } finally {
            ApertiumServer.start();
        }
    }

    private void stoppedThenBack(FieldRef field, FieldKey key) {
        save(field, "es", "Buenos días.");
        var start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        runWorker(context, start);
        var job = jobs.findByKeyAndTargetLanguage(key, "en").get(0);
        var failedOnce = job.view("es");
        assertThat(failedOnce.state()).isEqualTo(JobState.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();
        assertThat(failedOnce.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));

        runWorker(context, start.plusSeconds(30));
        assertThat(jobs.findById(job.id()).orElseThrow().view("es").attempts()).isEqualTo(1);

        var second = start.plusSeconds(61);
        runWorker(context, second);
        var failedTwice = jobs.findById(job.id()).orElseThrow().view("es");
        assertThat(failedTwice.attempts()).isEqualTo(2);
        assertThat(failedTwice.nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));
        assertThat(translations.translation(field, "en")).isEmpty();

        ApertiumServer.start();
        runWorker(context, second.plus(Duration.ofMinutes(2)));

        assertThat(english(field).text()).isEqualTo("Good morning.");
        assertThat(jobs.findById(job.id())).isEmpty();
    }

    @Test
    void onlyChangedFieldsAreSentAgain() {
        var owner = UUID.randomUUID();
        var title = new FieldRef("action", owner, "title");
        var body = new FieldRef("action", owner, "body");
        save(title, "de", "Wohnen ohne Diskriminierung");
        save(body, "de", "Die Stadt berät Mieterinnen.");
        runWorker(context);
        assertThat(english(title).text()).isEqualTo("EN Wohnen ohne Diskriminierung");
        LIBRETRANSLATE.clear();

        save(title, "de", "Wohnen ohne Diskriminierung");
        save(body, "de", "Die Stadt berät Mieterinnen und Mieter.");
        runWorker(context);

        var sent = LIBRETRANSLATE.requests("/translate").stream()
                .flatMap(request -> JSON.readTree(request.body()).path("q").valueStream())
                .map(q -> q.asString())
                .toList();
        assertThat(sent).containsExactly("Die Stadt berät Mieterinnen und Mieter.");
        assertThat(english(body).text()).isEqualTo("EN Die Stadt berät Mieterinnen und Mieter.");
        assertThat(english(body).engine()).isEqualTo("libretranslate");
    }

    @Test
    @ApertiumServer.Required
    void otherLanguagesAreMadeWhenAReaderAsksAndNotWhereNoEngineTranslatesThePair() {
        var field = field("title");
        save(field, "en", "Good morning.");
        assertThat(jobs.findByKeyAndTargetLanguage(FieldKey.of(field), "en")).isEmpty();
        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.ON_REQUEST);
        assertThat(translations.read(field, "fr").status()).isEqualTo(ReadingStatus.NO_ENGINE);
        assertThat(translations.isPairAvailable("en", "fr")).isFalse();

        transactions.executeWithoutResult(status -> {
            translations.requestTranslation(field, "es");
            translations.requestTranslation(field, "fr");
        });
        assertThat(translations.read(List.of(field), "es").get(field).status()).isEqualTo(ReadingStatus.PENDING);
        runWorker(context);

        assertThat(translations.translation(field, "es").orElseThrow().text()).isEqualTo("Buenos días.");
        assertThat(translations.translation(field, "fr")).isEmpty();
        assertThat(jobs.findByKeyAndTargetLanguage(FieldKey.of(field), "fr")).isEmpty();
    }

    @Test
    void twoNodesNeverClaimTheSameJob() {
        var field = field("title");
        save(field, "ca", "Bon dia.");
        var job = jobs.findByKeyAndTargetLanguage(FieldKey.of(field), "en").get(0);

        Integer first = transactions.execute(status -> jobs.claim(job.id(), job.version(), "node-a", Instant.now()));
        Integer second = transactions.execute(status -> jobs.claim(job.id(), job.version(), "node-b", Instant.now()));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(jobs.findById(job.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    @ApertiumServer.Required
    void deletedContentTakesItsTranslationsAlong() {
        var field = field("title");
        save(field, "es", "Buenos días.");
        runWorker(context);

        transactions.executeWithoutResult(status -> translations.ownerDeleted(field.ownerType(), field.ownerId()));

        assertThat(translations.translation(field, "en")).isEmpty();
        assertThat(translations.read(field, "en").status()).isEqualTo(ReadingStatus.NO_SOURCE);
    }

    @Test
    void aCorrectionNeedsASignedInPersonAnotherLanguageAndText() {
        var field = field("title");
        save(field, "es", "Buenos días.");

        assertThatThrownBy(() -> translations.correct(field, "en", "Good morning."))
                .isInstanceOf(AccessDeniedException.class);
        signIn();
        assertThatThrownBy(() -> translations.correct(field, "es", "Buenos días."))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("translation.error.same-language");
        assertThatThrownBy(() -> translations.correct(field, "en", "  "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("translation.error.blank");
        assertThatThrownBy(() -> translations.correct(field("unknown"), "en", "Hello"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> translations.correct(field, "english", "Hello"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("translation.error.language");
        assertThat(translations.translation(field, "en")).isEmpty();
    }

    @Test
    @ApertiumServer.Required
    void apertiumSaysWhichPairsItHasInstalled() {
        var engine = context.getBean(EngineRouter.class).engineFor("es", "en").orElseThrow();

        engine.refresh();

        assertThat(engine.supports("es", "en")).isTrue();
        assertThat(engine.supports("ca", "en")).isTrue();
        assertThat(engine.supports("es", "fr")).isFalse();
    }

    private void signIn() {
        var person = TestPeople.holding(context);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }

    @Test
    void aMemberCitysTextsAreQueuedAtOnceForTheLanguagesItsNetworkWants() {
        var data = new NetworkTestData(context);
        var network = data.network("Coalition of cities");
        var member = data.city("Graz");
        var outsider = data.city("Linz");
        var networks = context.getBean(Networks.class);
        data.asAdmin(() -> networks.admit(network.id(), member.id(), LocalDate.now()));

        var chosen = data.as(
                data.secretariatOf(network.id()),
                () -> translations.chooseEagerLanguages(network.id(), List.of("fr", "en", "es")));

        assertThat(chosen).as("English is made anyway").containsExactly("es", "fr");
        assertThat(translations.eagerLanguages(network.id())).containsExactly("es", "fr");
        var ofMember = field("description");
        var ofOutsider = field("description");
        transactions.executeWithoutResult(status -> {
            translations.textsSaved(member.id(), "de", Map.of(ofMember, "Die Stadt fördert Sprachkurse."));
            translations.textsSaved(outsider.id(), "de", Map.of(ofOutsider, "Die Stadt fördert Sprachkurse."));
        });
        assertThat(queued(ofMember)).containsExactlyInAnyOrder("en", "es", "fr");
        assertThat(queued(ofOutsider)).containsExactly("en");

        var spanish = field("description");
        transactions.executeWithoutResult(status ->
                translations.textsSaved(member.id(), "es", Map.of(spanish, "La ciudad promueve cursos de idiomas.")));
        assertThat(queued(spanish)).as("not into its own language").containsExactlyInAnyOrder("en", "fr");
    }

    @Test
    void onlyTheNetworksSecretariatChoosesItsLanguagesAndOnlyLanguagesAreAccepted() {
        var data = new NetworkTestData(context);
        var network = data.network("Network A");
        var other = data.network("Network B");

        assertThatThrownBy(() -> data.as(
                        data.secretariatOf(other.id()),
                        () -> translations.chooseEagerLanguages(network.id(), List.of("fr"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(
                        data.secretariatOf(network.id()),
                        () -> translations.chooseEagerLanguages(network.id(), List.of("fr", "xx"))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(translations.eagerLanguages(network.id())).isEmpty();
    }

    List<String> queued(FieldRef field) {
        return jobs.findAll().stream()
                .filter(job -> job.key().equals(FieldKey.of(field)))
                .map(TranslationJob::targetLanguage)
                .toList();
    }
}
