package org.equicity.selfassessment.peerreview.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.selfassessment.peerreview.PeerReviews.FactorReview;
import org.equicity.selfassessment.peerreview.PeerReviews.Hearing;
import org.equicity.selfassessment.peerreview.PeerReviews.Member;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.jspecify.annotations.Nullable;

/**
 * A peer-review report as exported, following the published schema {@value #SCHEMA_PATH}: what the reader may see of
 * the review (the public: no addresses, no hearings).
 */
record PeerReviewDocument(
        @JsonProperty("$schema") String schema,
        String schemaVersion,
        UUID id,
        String title,
        City city,
        Assessment selfAssessment,
        String state,
        @Nullable Instant publishedAt,
        @Nullable LocalDate visitFrom,
        @Nullable LocalDate visitTo,
        List<TeamMember> team,
        @Nullable LocalDate feedbackOn,
        @Nullable String feedbackNotes,
        @Nullable String followUpReport,
        List<Factor> keyFactors) {

    static final String SCHEMA_PATH = "/schemas/peer-review/1.0.json";
    static final String VERSION = "1.0";

    record City(UUID id, String slug, String name) {}

    record Assessment(
            UUID id,
            String framework,
            String title,
            @Nullable LocalDate signedOffOn) {}

    record TeamMember(
            String role,
            String name,
            @Nullable String organisation,
            @Nullable String city,
            @Nullable String kind,
            @Nullable String email) {}

    record Evidence(
            String source,
            @Nullable String kind,
            String title,
            @Nullable String link) {}

    record Heard(String method, String heardRole, @Nullable String heardName, String account, Instant recordedAt) {}

    record Factor(
            String code,
            String label,
            @Nullable String judgement,
            @Nullable String explanation,
            List<Evidence> sharedEvidence,
            List<Heard> hearings,
            @Nullable String conclusions,
            @Nullable String recommendations) {}

    static PeerReviewDocument of(ReviewView review, String baseUrl, java.util.Locale locale) {
        var summary = review.summary();
        var assessment = review.assessment();
        return new PeerReviewDocument(
                baseUrl + SCHEMA_PATH,
                VERSION,
                summary.id().value(),
                summary.title(),
                new City(summary.city().value(), summary.citySlug(), summary.cityName()),
                new Assessment(
                        assessment.id().value(),
                        assessment.framework().toString(),
                        assessment.title(),
                        assessment.signedOffOn()),
                summary.state().name(),
                summary.publishedAt(),
                review.visitFrom(),
                review.visitTo(),
                review.members().stream().map(PeerReviewDocument::member).toList(),
                review.feedbackOn(),
                review.feedbackNotes(),
                review.followUpReport(),
                review.factors().stream().map(factor -> factor(factor, locale)).toList());
    }

    private static TeamMember member(Member member) {
        return new TeamMember(
                member.role().name(),
                member.name(),
                member.organisation(),
                member.cityName(),
                member.kind() == null ? null : member.kind().name(),
                member.email());
    }

    private static Factor factor(FactorReview factor, java.util.Locale locale) {
        return new Factor(
                factor.code(),
                factor.factor().label().in(locale),
                factor.judgement(),
                factor.explanation(),
                factor.sharedEvidence().stream()
                        .map(PeerReviewDocument::evidence)
                        .toList(),
                factor.hearings().stream().map(PeerReviewDocument::heard).toList(),
                factor.conclusion().conclusions(),
                factor.conclusion().recommendations());
    }

    private static Evidence evidence(EvidenceView evidence) {
        return new Evidence(evidence.source().name(), evidence.kind(), evidence.title(), evidence.link());
    }

    private static Heard heard(Hearing hearing) {
        return new Heard(
                hearing.method().name(),
                hearing.heardRole(),
                hearing.heardName(),
                hearing.account(),
                hearing.recordedAt());
    }
}
