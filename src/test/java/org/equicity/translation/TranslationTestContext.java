package org.equicity.translation;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.equicity.EventsSettled;
import org.equicity.translation.RecordingHttpServer.Request;
import org.equicity.translation.RecordingHttpServer.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one application context of the translation tests: Spanish and Catalan go through the real Apertium server,
 * French and Portuguese too, through Catalan (a pivot),
 * German through a local server answering like LibreTranslate, Italian to a DeepL address nobody listens on. The
 * scheduled worker is off; tests run the worker themselves at the time they choose, so back-off is testable.
 */
@SpringBootTest(
        properties = {
            "equicity.translation.routes.es-en=apertium",
            "equicity.translation.routes.ca-en=apertium",
            "equicity.translation.routes.en-es=apertium",
            "equicity.translation.routes.fr-en=apertium",
            "equicity.translation.routes.pt-en=apertium",
            "equicity.translation.routes.de-en=libretranslate",
            "equicity.translation.routes.it-en=deepl",
            "equicity.translation.deepl.api-key=test-key:fx",
            "equicity.translation.apertium.max-segment-length=120",
            "equicity.translation.worker.enabled=false",
            "equicity.translation.worker.max-attempts=3",
            "equicity.translation.worker.initial-backoff=PT1M",
            "equicity.translation.worker.max-backoff=PT10M"
        })
@AutoConfigureMockMvc
public abstract class TranslationTestContext {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Answers like LibreTranslate, marking each text as translated so tests can tell. */
    public static final Function<Request, Response> LIBRETRANSLATE_ANSWER = request -> {
        if (!request.path().equals("/translate")) {
            return new Response(404, "{\"error\":\"Not found\"}");
        }
        var texts = JSON.readTree(request.body())
                .path("q")
                .valueStream()
                .map(q -> "EN " + q.asString())
                .toList();
        return new Response(200, JSON.writeValueAsString(Map.of("translatedText", texts)));
    };

    public static final RecordingHttpServer LIBRETRANSLATE = new RecordingHttpServer(LIBRETRANSLATE_ANSWER);

    static final int CLOSED_PORT = ApertiumServer.freePort();

    @Autowired
    protected ApplicationContext context;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("equicity.translation.apertium.url", ApertiumServer::url);
        registry.add("equicity.translation.libretranslate.url", LIBRETRANSLATE::url);
        registry.add("equicity.translation.deepl.url", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    /** The texts saved so far are recorded in the background once each save has committed; waits until they are. */
    protected void textsRecorded() {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
    }

    /**
     * Works off every job due now, as the scheduled worker would, once the texts saved so far are recorded (that
     * happens in the background after each save, and makes their jobs due from then).
     */
    public static int runWorker(ApplicationContext context) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return runWorker(context, Instant.now());
    }

    /**
     * Works off every job due at the given time, as the scheduled worker would, once the texts saved so far are
     * recorded (that happens in the background after each save).
     */
    public static int runWorker(ApplicationContext context, Instant now) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        var worker = context.getBean(TranslationWorker.class);
        int worked = 0;
        int round;
        while ((round = worker.runDueJobs(now)) > 0) {
            worked += round;
        }
        return worked;
    }
}
