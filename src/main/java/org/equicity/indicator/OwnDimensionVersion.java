package org.equicity.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.indicator.OwnDimensions.DimensionContent;
import org.equicity.indicator.OwnDimensions.Entry;
import org.equicity.shared.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of an own dimension as its keeper wrote it, never changed afterwards: like a data file's version, it
 * is kept whole (as JSON), so that the labels of cells recorded against it stay what they were.
 */
@Entity
@Table(name = "indicator_dimension_version")
class OwnDimensionVersion {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    @Column(name = "dimension_id", nullable = false, updatable = false)
    private UUID dimensionId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String content;

    protected OwnDimensionVersion() {}

    OwnDimensionVersion(UUID dimension, int number, Instant at, DimensionContent content) {
        this.id = UUID.randomUUID();
        this.dimensionId = dimension;
        this.number = number;
        this.createdAt = at;
        this.content = JSON.writeValueAsString(Stored.of(content));
    }

    UUID dimensionId() {
        return dimensionId;
    }

    int number() {
        return number;
    }

    DimensionContent content() {
        return JSON.readValue(content, Stored.class).content();
    }

    /** The stored form: plain maps, so that the JSON does not depend on the records' shape. */
    record Stored(Map<String, String> name, List<StoredEntry> categories) {

        static Stored of(DimensionContent content) {
            return new Stored(
                    new LinkedHashMap<>(content.name().values()),
                    content.categories().stream()
                            .map(e -> new StoredEntry(
                                    e.code(),
                                    e.parent(),
                                    new LinkedHashMap<>(e.label().values())))
                            .toList());
        }

        DimensionContent content() {
            return new DimensionContent(
                    new LocalizedText(name),
                    categories.stream()
                            .map(e -> new Entry(e.code(), e.parent(), new LocalizedText(e.label())))
                            .toList());
        }
    }

    record StoredEntry(String code, String parent, Map<String, String> label) {}
}
