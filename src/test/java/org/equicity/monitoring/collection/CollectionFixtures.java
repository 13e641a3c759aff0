package org.equicity.monitoring.collection;

import static org.equicity.plan.PlanFixtures.as;

import java.util.List;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.springframework.context.ApplicationContext;

/** Datasets opened by the coordinator of a {@link TestMonitoring} city, with what data protection asks of them. */
public final class CollectionFixtures {

    private CollectionFixtures() {}

    public static Protection protection(int retentionMonths) {
        return new Protection(
                "Find out where the administration's services and practices discriminate",
                "Art. 6(1)(e) GDPR: a task in the public interest (council decision GR 2025/311)",
                "Voluntary, anonymous; staff are told the purpose before answering",
                retentionMonths,
                Audience.COORDINATORS);
    }

    public static DatasetId open(ApplicationContext context, TestMonitoring city, DatasetKind kind, String title) {
        var dimension = kind == DatasetKind.STAFF_DIVERSITY ? "breakdown-migration-background" : null;
        var districts = kind == DatasetKind.INCIDENTS ? List.of("Altstadt", "Nordend") : List.<String>of();
        return as(
                city.coordinator(),
                () -> context.getBean(DataCollection.class)
                        .open(city.programme(), new NewDataset(kind, title, protection(24), dimension, districts)));
    }
}
