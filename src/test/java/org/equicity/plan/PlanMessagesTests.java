package org.equicity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.Subject;
import org.junit.jupiter.api.Test;

/**
 * Pages build some message keys from data (a state, a status, the name of a changed field); every one of them must
 * exist, or a reader would see a raw key.
 */
class PlanMessagesTests {

    @Test
    void everyStateStatusMethodChangeAndRecordedFieldHasAText() throws Exception {
        var bundle = new Properties();
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/messages/plan.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        var keys = new ArrayList<String>();
        Stream.of(PlanState.values()).forEach(v -> keys.add("plan.state." + v));
        Stream.of(ActionStatus.values()).forEach(v -> keys.add("plan.status." + v));
        Stream.of(NeedMethod.values()).forEach(v -> keys.add("plan.method." + v));
        Stream.of(Subject.values()).forEach(v -> keys.add("plan.subject." + v));
        Stream.of(ChangeKind.values()).forEach(v -> keys.add("plan.change." + v));

        var city = new org.equicity.shared.CityId(UUID.randomUUID());
        var plan = PlanLifecycleTests.draft(city);
        var fields = new ArrayList<>(plan.snapshot().keySet());
        fields.add("previous");
        fields.addAll(Snapshots.of(PlanLifecycleTests.commitment("1"), String::valueOf)
                .keySet());
        fields.addAll(Snapshots.of(PlanLifecycleTests.action("A", ActionStatus.PLANNED), String::valueOf)
                .keySet());
        fields.addAll(
                Snapshots.of(new NeedContent(NeedMethod.SURVEY, null, null, "Need", null, null, null), String::valueOf)
                        .keySet());
        fields.forEach(field -> keys.add("plan.field." + field));

        assertThat(keys).allMatch(bundle::containsKey, "has a text in messages/plan.properties");
        assertThat(fields).contains("budget.amount", "coordination.departments", "decision.date");
    }
}
