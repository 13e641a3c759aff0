package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.CityProfileChanged;
import org.equicity.monitoring.MonitoringReportPublished;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.plan.PlanChanged;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.Subject;
import org.equicity.practice.PracticeChanged;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticesChanged;
import org.equicity.report.CycleId;
import org.equicity.report.ReportAccepted;
import org.equicity.report.ReportId;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.equicity.translation.TranslationStored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * An effect another module owes is kept in the event publication table until its listener has finished, and handed in
 * again after a restart: so every event a module publishes must read back from that table as it was published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPublicationTests {

    @Autowired
    EventSerializer serializer;

    @Test
    void everyPublishedEventReadsBackAsItWasKeptForARestart() {
        var city = new CityId(UUID.randomUUID());
        var plan = new PlanId(UUID.randomUUID());
        var events = List.of(
                new PlanChanged(
                        plan,
                        new HistoryEntry(
                                Instant.parse("2026-03-01T10:15:30.123456Z"),
                                "Ana Pérez",
                                Subject.ACTION,
                                "Meldestelle",
                                ChangeKind.UPDATED,
                                List.of(new FieldChange("status", "PLANNED", "IN_PROGRESS")))),
                TextsSaved.of(
                        city,
                        "de",
                        FieldRef.of("plan", plan.value(), Map.of("title", "Aktionsplan", "summary", "Zeile\nzwei"))),
                new CityProfileChanged(city, "es", Map.of("portrait", "Una ciudad")),
                new PracticeChanged(new PracticeId(UUID.randomUUID())),
                new ReportAccepted(
                        new ReportId(UUID.randomUUID()),
                        new CycleId(UUID.randomUUID()),
                        new NetworkId(UUID.randomUUID()),
                        city),
                new TranslationStored(new FieldRef("practice", UUID.randomUUID(), "description"), "en"),
                new MonitoringReportPublished(new ProgrammeId(UUID.randomUUID()), city),
                new PracticesChanged(List.of(new PracticeId(UUID.randomUUID()), new PracticeId(UUID.randomUUID()))));

        for (var event : events) {
            assertThat(serializer.deserialize(serializer.serialize(event), event.getClass()))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(event);
        }
    }
}
