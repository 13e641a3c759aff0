package org.equicity.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Provenance.OutsideDesignation;
import org.equicity.practice.Provenance.SourceDocument;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a practice was published, and that another body designated it, over HTTP. The practice itself (with both)
 * is read at {@code GET /api/v1/practices/{id}}.
 */
@RestController
@Tag(name = "Good practices")
class ProvenanceApi {

    private final Practices practices;

    ProvenanceApi(Practices practices) {
        this.practices = practices;
    }

    /** {@code date} is a year or a day (ISO 8601); {@code locator} the page or section in the document. */
    record SourceBody(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 300) String publisher,
            @Size(max = 10) String date,
            @Size(max = 2_000) String address,
            @Size(max = 300) String locator) {}

    record DesignationBody(
            @NotBlank @Size(max = 300) String body,
            @NotNull LocalDate on,
            @NotBlank @Size(max = 2_000) String source) {}

    @PutMapping("/api/v1/practices/{id}/source")
    @Operation(
            summary = "Record the document the practice was published in (the city's coordinators; a contributor's"
                    + " practice: the network's secretariat)")
    ResponseEntity<Void> source(@PathVariable UUID id, @Valid @RequestBody SourceBody body) {
        practices.recordSource(
                new PracticeId(id),
                new SourceDocument(body.title(), body.publisher(), body.date(), body.address()),
                body.locator());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/practices/{id}/outside-designation")
    @Operation(
            summary = "Record that another body designated the submitted practice (the network's secretariat): it is"
                    + " published without the network's own review")
    ResponseEntity<Void> designatedElsewhere(@PathVariable UUID id, @Valid @RequestBody DesignationBody body) {
        practices.designatedElsewhere(
                new PracticeId(id), new OutsideDesignation(body.body(), body.on(), body.source()));
        return ResponseEntity.noContent().build();
    }
}
