package org.equicity.city;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.ChangeKind;
import org.equicity.city.Cities.FieldChange;
import org.equicity.city.Cities.HistoryEntry;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;

/** One recorded change to a city: who made it, when, and each field from what to what. Never updated. */
@Entity
@Table(name = "city_change")
class CityChange {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false)
    private UUID cityId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_change_field", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "field_order")
    private List<Field> fields = new ArrayList<>();

    @Embeddable
    static class Field {

        @Column(name = "field_name", nullable = false)
        private String name;

        @Column(name = "old_value")
        private String oldValue;

        @Column(name = "new_value")
        private String newValue;

        protected Field() {}

        Field(FieldChange change) {
            this.name = change.field();
            this.oldValue = change.from();
            this.newValue = change.to();
        }

        FieldChange view() {
            return new FieldChange(name, oldValue, newValue);
        }
    }

    protected CityChange() {}

    CityChange(
            CityId city,
            PersonId actor,
            String actorName,
            ChangeKind kind,
            List<FieldChange> changes,
            Instant changedAt) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.changedAt = changedAt;
        this.actorId = actor == null ? null : actor.value();
        this.actorName = actorName;
        this.kind = kind;
        changes.forEach(change -> fields.add(new Field(change)));
    }

    HistoryEntry view() {
        return new HistoryEntry(
                changedAt, actorName, kind, fields.stream().map(Field::view).toList());
    }
}
