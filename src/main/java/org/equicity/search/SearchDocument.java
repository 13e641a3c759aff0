package org.equicity.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.search.Search.Kind;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What the index holds of one searchable item, kept in the database so that the index can always be written again
 * from committed data. Its text is analysed in the field of its language ({@link LanguageFields}, bound in
 * {@link SearchConfiguration}).
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "content")
class SearchDocument {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Kind kind;

    @KeywordField
    private UUID planId;

    @KeywordField
    private UUID cityId;

    @KeywordField(aggregable = Aggregable.YES)
    private String citySlug;

    private String cityName;

    @KeywordField(aggregable = Aggregable.YES)
    private String country;

    @GenericField
    @Column(name = "public_content")
    private boolean published;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "year_value")
    private Integer year;

    @KeywordField(aggregable = Aggregable.YES)
    private String language;

    private String title;

    private String body;

    private String archive;

    @Convert(converter = LinesConverter.class)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> commitments;

    @Convert(converter = LinesConverter.class)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> tracks;

    private boolean archivePending;

    private Instant updatedAt;

    protected SearchDocument() {}

    SearchDocument(UUID id, Kind kind, UUID planId) {
        this.id = id;
        this.kind = kind;
        this.planId = planId;
    }

    /** Takes the current state of the item; {@code archive} is its English translation where one exists. */
    void describe(
            UUID cityId,
            String citySlug,
            String cityName,
            String country,
            boolean published,
            Integer year,
            String language,
            String title,
            String body,
            String archive,
            List<String> commitments,
            List<String> tracks,
            boolean archivePending) {
        this.cityId = cityId;
        this.citySlug = citySlug;
        this.cityName = cityName;
        this.country = country;
        this.published = published;
        this.year = year;
        this.language = language;
        this.title = Texts.cut(title, 500);
        this.body = body;
        this.archive = archive;
        this.commitments = List.copyOf(commitments);
        this.tracks = List.copyOf(tracks);
        this.archivePending = archivePending;
        this.updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    UUID planId() {
        return planId;
    }

    String citySlug() {
        return citySlug;
    }

    String cityName() {
        return cityName;
    }

    boolean published() {
        return published;
    }

    Integer year() {
        return year;
    }

    String language() {
        return language;
    }

    String title() {
        return title;
    }

    /** The text as written: the title, then the rest. */
    String text() {
        return body == null || body.isBlank() ? title : title + "\n\n" + body;
    }

    String archive() {
        return archive;
    }

    boolean archivePending() {
        return archivePending;
    }
}
