package org.equicity.selfassessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.shared.web.PdfPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A self-assessment as files, for the city's people only (the facade refuses anyone else, so a draft never leaves
 * the city): printed on A4 in the reader's language, or as a JSON document of the published schema. The format is
 * chosen by the address's extension, so that a plain link downloads the right file.
 */
@RestController
@Tag(name = "Self-assessment")
class SelfAssessmentExports {

    private final SelfAssessments assessments;
    private final Cities cities;
    private final ITemplateEngine templates;
    private final String baseUrl;

    SelfAssessmentExports(
            SelfAssessments assessments,
            Cities cities,
            ITemplateEngine templates,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.assessments = assessments;
        this.cities = cities;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = "/api/v1/self-assessments/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The self-assessment as a JSON document following /schemas/self-assessment/1.0.json")
    ResponseEntity<SelfAssessmentDocument> json(@PathVariable UUID id) {
        var assessment = assessments.assessment(new SelfAssessmentId(id));
        return download(
                SelfAssessmentDocument.of(assessment, baseUrl),
                MediaType.APPLICATION_JSON_VALUE,
                name(assessment, "json"));
    }

    @GetMapping(value = "/api/v1/self-assessments/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The self-assessment printed on A4, in the reader's language")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        var assessment = assessments.assessment(new SelfAssessmentId(id));
        var context = new Context(locale);
        context.setVariable("assessment", assessment);
        context.setVariable(
                "cityName",
                cities.find(assessment.summary().city())
                        .map(Cities.CitySummary::name)
                        .orElse(""));
        var printed = PdfPrinter.print(templates.process("selfassessment/print", context));
        return download(printed, MediaType.APPLICATION_PDF_VALUE, name(assessment, "pdf"));
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

    private static String name(SelfAssessmentView assessment, String extension) {
        var title =
                assessment.summary().title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "self-assessment-" + (title.isEmpty() ? assessment.id().value() : title) + "." + extension;
    }
}
