package org.equicity;

import java.time.Duration;
import java.util.EnumSet;
import org.awaitility.Awaitility;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Cross-module effects (mail, indexing, translation requests, statistics) run after the saving transaction commits,
 * in the background. A test that looks for such an effect first waits until every listener of the events published
 * so far has finished; a listener that failed counts as finished, its publication stays to be handed in again.
 */
public final class EventsSettled {

    private static final EnumSet<Status> IN_FLIGHT =
            EnumSet.of(Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED);

    private EventsSettled() {}

    public static void await(EventPublicationRegistry publications) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> publications.findIncompletePublications().stream()
                        .noneMatch(publication -> IN_FLIGHT.contains(publication.getStatus())));
    }
}
