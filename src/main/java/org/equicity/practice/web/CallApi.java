package org.equicity.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.CallId;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.practice.PracticeCalls.CallSummary;
import org.equicity.practice.PracticeCalls.CallView;
import org.equicity.practice.PracticeId;
import org.equicity.practice.web.PracticeApi.ClassificationBody;
import org.equicity.practice.web.PracticeApi.DescriptionBody;
import org.equicity.practice.web.PracticeApi.TemplateBody;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls for practices over HTTP: the secretariat opens, lists, reads and closes its network's calls with its own token;
 * a member city's coordinator answers with a new practice or one the city already submitted to the network.
 */
@RestController
@Tag(name = "Calls for practices")
class CallApi {

    private final PracticeCalls calls;

    CallApi(PracticeCalls calls) {
        this.calls = calls;
    }

    record CallBody(
            @NotBlank @Size(max = 300) String theme,
            @Size(max = 4_000) String description,
            @NotNull LocalDate deadline,
            List<@Size(max = 100) String> fieldsOfAction) {}

    /**
     * {@code city} answers either with {@code practice}, one it already submitted to the network, or with a new one
     * written in {@code language} with {@code template} (and optionally {@code classification} and
     * {@code description}).
     */
    record AnswerBody(
            @NotNull UUID city,
            UUID practice,
            @Size(max = 10) String language,
            @Valid TemplateBody template,
            @Valid ClassificationBody classification,
            @Valid DescriptionBody description) {}

    record Created(UUID id) {}

    @GetMapping("/api/v1/networks/{network}/calls")
    @Operation(summary = "The network's calls for practices, the latest deadline first (its secretariat and reviewers)")
    List<CallSummary> ofNetwork(@PathVariable UUID network) {
        return calls.ofNetwork(new NetworkId(network));
    }

    @PostMapping("/api/v1/networks/{network}/calls")
    @Operation(summary = "Open a call for practices to the network's member cities (its secretariat)")
    ResponseEntity<Created> open(@PathVariable UUID network, @Valid @RequestBody CallBody body) {
        var id = calls.open(
                new NetworkId(network),
                new CallDetails(body.theme(), body.description(), body.deadline(), body.fieldsOfAction()));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id.value())).body(new Created(id.value()));
    }

    @GetMapping("/api/v1/calls/{id}")
    @Operation(
            summary = "A call with its answers and, for the secretariat and reviewers, the member cities that have not"
                    + " answered; a member city's people see their own answers")
    CallView call(@PathVariable UUID id) {
        return calls.call(new CallId(id));
    }

    @PostMapping("/api/v1/calls/{id}/close")
    @Operation(summary = "Close the call: no more answers (the network's secretariat)")
    CallView close(@PathVariable UUID id) {
        calls.close(new CallId(id));
        return calls.call(new CallId(id));
    }

    @PostMapping("/api/v1/calls/{id}/answers")
    @Operation(
            summary = "Answer the call for a member city (its coordinators): with a practice the city submitted to the"
                    + " network, or with a new practice")
    ResponseEntity<Created> answer(@PathVariable UUID id, @Valid @RequestBody AnswerBody body) {
        var call = new CallId(id);
        if (body.practice() != null) {
            var practice = new PracticeId(body.practice());
            calls.answerWith(call, new CityId(body.city()), practice);
            return ResponseEntity.ok(new Created(practice.value()));
        }
        if (body.template() == null || body.language() == null) {
            throw RuleViolationException.about("template", "practice.rule.required", "template");
        }
        var practice = calls.answer(
                call,
                new CityId(body.city()),
                PracticeApi.content(body.language(), body.template(), body.classification(), body.description()));
        return ResponseEntity.created(URI.create("/api/v1/practices/" + practice.value()))
                .body(new Created(practice.value()));
    }
}
