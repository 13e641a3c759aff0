package org.equicity.monitoring.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.equicity.monitoring.collection.DataCollection.Conversation;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;

/** A round table or an interview: participants counted per actor group, never named. */
@Entity
@Table(name = "collection_conversation")
class ConversationRecord {

    @Id
    private UUID id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private UUID datasetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "conversation_kind", nullable = false)
    private ConversationKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "collection_conversation_participants", joinColumns = @JoinColumn(name = "conversation_id"))
    @MapKeyColumn(name = "actor_group")
    @Column(name = "participants")
    private Map<String, Integer> participants = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "collection_conversation_issue", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    @Column(name = "issue")
    private List<String> issues = new ArrayList<>();

    protected ConversationRecord() {}

    ConversationRecord(DatasetId dataset, ConversationNotes notes) {
        this.id = UUID.randomUUID();
        this.datasetId = dataset.value();
        this.kind = notes.kind();
        this.heldOn = notes.heldOn();
        this.notes = notes.notes();
        notes.participants().forEach((group, count) -> {
            if (count > 0) {
                participants.put(group, count);
            }
        });
        this.issues.addAll(notes.issues());
    }

    UUID id() {
        return id;
    }

    Conversation view() {
        return new Conversation(id, kind, heldOn, new TreeMap<>(participants), notes, List.copyOf(issues));
    }
}
