package org.equicity.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.equicity.shared.PersonId;

/** A person's choice for one kind of notice; a kind without one is delivered at once. */
@Entity
@Table(name = "notice_preference")
class NoticePreference {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    protected NoticePreference() {}

    NoticePreference(PersonId person, NoticeKind kind, Delivery delivery) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.kind = kind;
        this.delivery = delivery;
    }

    NoticeKind kind() {
        return kind;
    }

    Delivery delivery() {
        return delivery;
    }

    void choose(Delivery delivery) {
        this.delivery = delivery;
    }
}
