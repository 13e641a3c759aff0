package org.equicity.selfassessment.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.equicity.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The peer-review report as a JSON document following {@value PeerReviewDocument#SCHEMA_PATH}, and printed on A4:
 * the whole review for the host city's people and the team, the published review for everyone else (a review not
 * published does not exist for them).
 */
@RestController
@Tag(name = "Peer review")
class PeerReviewExportApi {

    private final PeerReviews reviews;
    private final PeerReviewPdf pdf;
    private final String baseUrl;

    PeerReviewExportApi(
            PeerReviews reviews,
            PeerReviewPdf pdf,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(
            value = "/api/v1/cities/{cityId}/peer-reviews/{id}/report.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The peer-review report as a JSON document following /schemas/peer-review/1.0.json")
    ResponseEntity<PeerReviewDocument> json(@PathVariable UUID cityId, @PathVariable UUID id, Locale locale) {
        var review = readable(cityId, id);
        return download(
                PeerReviewDocument.of(review, baseUrl, locale), MediaType.APPLICATION_JSON_VALUE, name(review, "json"));
    }

    @GetMapping(
            value = "/api/v1/cities/{cityId}/peer-reviews/{id}/report.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The peer-review report printed on A4, in the language of ?lang= or Accept-Language")
    ResponseEntity<byte[]> print(@PathVariable UUID cityId, @PathVariable UUID id, Locale locale) {
        var review = readable(cityId, id);
        return download(pdf.render(review, locale), MediaType.APPLICATION_PDF_VALUE, name(review, "pdf"));
    }

    /** The reader's view if they are the host's or the team's, otherwise the published review or nothing. */
    private ReviewView readable(UUID city, UUID id) {
        var review = new PeerReviewId(id);
        ReviewView view;
        try {
            view = reviews.review(review);
        } catch (AccessDeniedException outsider) {
            view = reviews.publishedReview(review);
        }
        if (!view.summary().city().value().equals(city)) {
            throw new NotFoundException("Peer review", id);
        }
        return view;
    }

    private static <T> ResponseEntity<T> download(T content, String type, String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }

    /** A file name every system accepts. */
    private static String name(ReviewView review, String extension) {
        var text = (review.summary().cityName() + " " + review.summary().title())
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "")
                .strip();
        var name = text.isEmpty() ? "peer-review" : text.length() > 100 ? text.substring(0, 100) : text;
        return name + "." + extension;
    }
}
