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
import org.equicity.search.Search.Designation;
import org.equicity.search.Search.Kind;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What the index holds of one searchable item, kept in the database so that the index can always be written again
 * from committed data. Its text is analysed in the field of its language ({@link LanguageFields}, bound in
 * {@link SearchConfiguration}). It is derived from one source, a plan, a practice or a report, whose documents are
 * derived again together whenever the source changes.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "content")
class SearchDocument {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Kind kind;

    /** Follows from the kind; kept for finding a source's documents. */
    @Enumerated(EnumType.STRING)
    private Source sourceType;

    private UUID sourceId;

    @KeywordField
    private UUID cityId;

    @KeywordField
    private String citySlug;

    /** The network whose secretariat and reviewers also read the item before it is public; null for none. */
    @KeywordField
    private UUID networkId;

    /** The city's name, or for a practice the name of its owner, a city or a contributor that is not one. */
    private String cityName;

    /** A practice's owner's level (local for a city, regional, national, European, international); null otherwise. */
    @KeywordField
    private String ownerLevel;

    /** What a practice's owner is: CITY, or a contributor's kind (a region, a national authority...); null otherwise. */
    @KeywordField
    private String ownerKind;

    @KeywordField
    private String country;

    @GenericField
    @Column(name = "public_content")
    private boolean published;

    @GenericField
    @Column(name = "year_value")
    private Integer year;

    @KeywordField
    private String language;

    private String title;

    private String body;

    private String archive;

    @Convert(converter = LinesConverter.class)
    @KeywordField
    private List<String> commitments;

    @Convert(converter = LinesConverter.class)
    @KeywordField
    private List<String> tracks;

    @Convert(converter = LinesConverter.class)
    @KeywordField
    private List<String> fields = List.of();

    /** Indexed by {@link LanguageFields}, each in the field of its language. */
    @Convert(converter = LinesConverter.class)
    private List<String> labels = List.of();

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Designation designation;

    private boolean archivePending;

    private Instant updatedAt;

    protected SearchDocument() {}

    /** The kinds of content documents are derived from. */
    enum Source {
        PLAN,
        PRACTICE,
        REPORT;

        static Source of(Kind kind) {
            return switch (kind) {
                case PLAN, ACTION -> PLAN;
                case PRACTICE -> PRACTICE;
                case REPORTED_ACTION -> REPORT;
            };
        }
    }

    /**
     * @param sourceId the plan of a plan or an action, the practice itself, the report of a reported action
     */
    SearchDocument(UUID id, Kind kind, UUID sourceId) {
        this.id = id;
        this.kind = kind;
        this.sourceType = Source.of(kind);
        this.sourceId = sourceId;
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
            boolean archivePending,
            Instant updatedAt) {
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
        this.updatedAt = updatedAt;
    }

    /**
     * Besides {@link #describe}: the codes of its fields of action or activity, where a practice stands with the
     * committee (null for everything else), and the network whose secretariat and reviewers read it before it is
     * public (null when only its city's people do).
     */
    void classify(List<String> fields, Designation designation, UUID network) {
        this.fields = List.copyOf(fields);
        this.designation = designation;
        this.networkId = network;
    }

    /** Besides {@link #describe} for a practice: the level its owner works at, and what the owner is. */
    void ownedAt(String level, String kind) {
        this.ownerLevel = level;
        this.ownerKind = kind;
    }

    /**
     * The labels of the framework items it is classified by, in every language the framework data holds: one
     * {@link FrameworkLabel} each.
     */
    void label(List<FrameworkLabel> labels) {
        this.labels = labels.stream().map(FrameworkLabel::line).distinct().toList();
    }

    List<FrameworkLabel> labels() {
        return labels.stream().map(FrameworkLabel::parse).toList();
    }

    String country() {
        return country;
    }

    String ownerLevel() {
        return ownerLevel;
    }

    String ownerKind() {
        return ownerKind;
    }

    List<String> commitments() {
        return commitments;
    }

    List<String> tracks() {
        return tracks;
    }

    List<String> fields() {
        return fields;
    }

    UUID id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    UUID sourceId() {
        return sourceId;
    }

    Designation designation() {
        return designation;
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

    /** The text as written without its title; null when there is none. */
    String body() {
        return body == null || body.isBlank() ? null : body;
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
