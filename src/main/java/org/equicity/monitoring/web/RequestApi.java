package org.equicity.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.ReminderKind;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.InformationRequests.RequestSummary;
import org.equicity.monitoring.InformationRequests.RequestView;
import org.equicity.monitoring.InformationRequests.ResponseRate;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Information requests over HTTP: prepared and sent by the city's coordinators, who read every answer and the
 * response rate; answered by a contact of each department asked, who reads only their own department's part.
 */
@RestController
@Tag(name = "Monitoring: information requests")
class RequestApi {

    private final InformationRequests requests;

    RequestApi(InformationRequests requests) {
        this.requests = requests;
    }

    record AddresseeBody(
            @NotNull UUID department,
            @NotBlank @Size(max = 200) String contactName,
            @NotBlank @Size(max = 320) String contactEmail) {}

    record NewRequestBody(
            @NotBlank @Size(max = 300) String title,

            @NotEmpty @Size(max = InformationRequests.MAX_QUESTIONS)
            List<@Size(max = 2_000) String> questions,

            @NotNull LocalDate deadline,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull AddresseeBody> addressees) {}

    record AnswerBody(
            @Nullable @Size(max = InformationRequests.MAX_QUESTIONS)
            List<@Size(max = 20_000) String> answers,

            @Nullable @Size(max = 20_000) String figures) {}

    record Created(UUID id) {}

    record RecipientOut(
            UUID id,
            UUID department,
            String departmentName,
            String contactName,
            String contactEmail,
            @Nullable List<String> answers,
            @Nullable String figures,
            @Nullable Instant answeredAt,
            List<ReminderKind> reminded,
            List<AttachmentOut> attachments) {}

    /** A file attached to the answer, downloaded at {@code …/information-requests/{id}/attachments/{id}}. */
    record AttachmentOut(UUID id, String name, String mediaType, long size) {}

    record RequestOut(
            UUID id,
            UUID programme,
            String title,
            List<String> questions,
            LocalDate deadline,
            State state,
            @Nullable Instant sentAt,
            @Nullable ResponseRate responseRate,
            List<RecipientOut> recipients) {

        static RequestOut of(RequestView view) {
            return new RequestOut(
                    view.id().value(),
                    view.programme().value(),
                    view.title(),
                    view.questions(),
                    view.deadline(),
                    view.state(),
                    view.sentAt(),
                    view.rate(),
                    view.recipients().stream()
                            .map(r -> {
                                var answer = r.answer();
                                return new RecipientOut(
                                        r.id().value(),
                                        r.department().value(),
                                        r.departmentName(),
                                        r.contactName(),
                                        r.contactEmail(),
                                        answer == null ? null : answer.answers(),
                                        answer == null ? null : answer.figures(),
                                        r.answeredAt(),
                                        r.reminded(),
                                        r.attachments().stream()
                                                .map(a -> new AttachmentOut(
                                                        a.id().value(),
                                                        a.file().name(),
                                                        a.file().mediaType(),
                                                        a.file().size()))
                                                .toList());
                            })
                            .toList());
        }
    }

    @GetMapping("/api/v1/monitoring/programmes/{id}/information-requests")
    @Operation(summary = "A programme's information requests with their response rates (coordinators)")
    List<RequestSummary> ofProgramme(@PathVariable UUID id) {
        return requests.ofProgramme(new ProgrammeId(id));
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/information-requests")
    @Operation(
            summary = "Prepare an information request to departments of the city (coordinators)",
            description = "Up to five open questions, a deadline and each department asked with its named contact."
                    + " It is sent with POST …/sending.")
    ResponseEntity<Created> prepare(@PathVariable UUID id, @Valid @RequestBody NewRequestBody body) {
        var request = requests.prepare(
                new ProgrammeId(id),
                new RequestContent(
                        body.title(),
                        body.questions(),
                        body.deadline(),
                        body.addressees().stream()
                                .map(a -> new Addressee(
                                        new DepartmentId(a.department()), a.contactName(), a.contactEmail()))
                                .toList()));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/information-requests/" + request.value()))
                .body(new Created(request.value()));
    }

    @GetMapping("/api/v1/monitoring/information-requests/{id}")
    @Operation(
            summary = "An information request",
            description = "Every department's answer and the response rate for the coordinators; for a department's"
                    + " contacts only their own department's part, without the response rate.")
    RequestOut request(@PathVariable UUID id) {
        return RequestOut.of(requests.request(new RequestId(id)));
    }

    @GetMapping("/api/v1/cities/{id}/monitoring/information-requests/mine")
    @Operation(summary = "The information requests sent to the departments the reader is a contact of")
    List<InformationRequests.Assignment> mine(@PathVariable UUID id) {
        return requests.assignedToMe(new CityId(id));
    }

    @PostMapping("/api/v1/monitoring/information-requests/{id}/sending")
    @Operation(summary = "Send a prepared information request; each contact is told by mail (coordinators)")
    ResponseEntity<Void> send(@PathVariable UUID id) {
        requests.send(new RequestId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/information-requests/{id}/recipients/{recipientId}/answer")
    @Operation(summary = "A department's answer, by a contact of that department; answering again replaces it")
    ResponseEntity<Void> answer(
            @PathVariable UUID id, @PathVariable UUID recipientId, @Valid @RequestBody AnswerBody body) {
        requests.answer(
                new RequestId(id),
                new RecipientId(recipientId),
                new Answer(body.answers() == null ? List.of() : body.answers(), body.figures()));
        return ResponseEntity.noContent().build();
    }
}
