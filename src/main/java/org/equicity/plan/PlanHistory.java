package org.equicity.plan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one writer of a plan's history of changes. Every change it records is announced as one {@link PlanChanged},
 * so what follows a plan (the search index, followers) never misses a change, whichever part of the plan made it.
 */
@Component
class PlanHistory {

    private final PlanChangeRepository changes;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanHistory(PlanChangeRepository changes, Access access, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Records who changed what, by whom and when; an update that changed no field is not recorded. */
    void record(PlanId plan, Subject subject, UUID id, String label, ChangeKind kind, List<FieldChange> fields) {
        if (kind == ChangeKind.UPDATED && fields.isEmpty()) {
            return;
        }
        var person = access.current();
        var change = changes.save(new PlanChange(
                plan,
                subject,
                id,
                label,
                kind,
                person.map(CurrentPerson::id).orElse(null),
                person.map(CurrentPerson::displayName).orElse(null),
                fields,
                clock.instant()));
        events.publishEvent(new PlanChanged(plan, change.view()));
    }
}
