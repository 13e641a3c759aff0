package org.equicity.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.Describe;
import org.equicity.network.Networks.FrameworkUse;
import org.equicity.network.Networks.InviteToNetwork;
import org.equicity.network.Networks.Member;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.network.Networks.NetworkSummary;
import org.equicity.people.People.InvitationSent;
import org.equicity.people.People.RoleHolder;
import org.equicity.people.Role;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks", description = "City networks, the framework versions they use and their member cities")
class NetworkApi {

    /** The same shape as {@link FrameworkRef#toString()}: {@code id@version}. */
    static final String FRAMEWORK_REF = "[a-z0-9][a-z0-9-]*@[A-Za-z0-9][A-Za-z0-9.-]*";

    private final Networks networks;
    private final Clock clock;

    NetworkApi(Networks networks, Clock clock) {
        this.clock = clock;
        this.networks = networks;
    }

    record NetworkListItem(UUID id, String slug, String name, int memberCount) {
        static NetworkListItem of(NetworkSummary summary) {
            return new NetworkListItem(summary.id().value(), summary.slug(), summary.name(), summary.memberCount());
        }
    }

    record FrameworkResponse(String ref, String id, String version, String name) {
        static FrameworkResponse of(FrameworkUse use, Locale locale) {
            return new FrameworkResponse(
                    use.ref().toString(),
                    use.ref().id(),
                    use.ref().version(),
                    use.name().in(locale));
        }
    }

    record NetworkResponse(
            UUID id,
            String slug,
            String name,
            String description,
            String website,
            int reportingPeriodYears,
            List<FrameworkResponse> frameworks,
            long version) {
        static NetworkResponse of(NetworkDetails network, Locale locale) {
            return new NetworkResponse(
                    network.id().value(),
                    network.slug(),
                    network.name(),
                    network.description(),
                    network.website(),
                    network.reportingPeriodYears(),
                    network.frameworks().stream()
                            .map(use -> FrameworkResponse.of(use, locale))
                            .toList(),
                    network.version());
        }
    }

    record NewNetworkRequest(
            @NotBlank @Size(min = 2, max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
            String slug,

            @NotBlank @Size(max = 200) String name,
            @Size(max = 20_000) String description,
            @Size(max = 500) String website,
            @Min(1) @Max(10) Integer reportingPeriodYears) {}

    record NetworkUpdateRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 20_000) String description,
            @Size(max = 500) String website,
            @NotNull @Min(1) @Max(10) Integer reportingPeriodYears,
            @NotNull Long version) {}

    record FrameworksRequest(@NotNull List<@NotNull @Pattern(regexp = FRAMEWORK_REF) String> frameworks) {}

    record MemberResponse(
            UUID cityId, String citySlug, String cityName, String country, LocalDate joinedOn, LocalDate leftOn) {
        static MemberResponse of(Member member) {
            return new MemberResponse(
                    member.city().value(),
                    member.citySlug(),
                    member.cityName(),
                    member.country(),
                    member.joinedOn(),
                    member.leftOn());
        }
    }

    record AdmitRequest(@NotNull UUID cityId, @NotNull LocalDate joinedOn) {}

    record PersonResponse(UUID personId, String displayName, String email, Role role, boolean active) {
        static PersonResponse of(RoleHolder holder) {
            return new PersonResponse(
                    holder.person().value(),
                    holder.displayName(),
                    holder.email(),
                    holder.grant().role(),
                    holder.active());
        }
    }

    record InvitationRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            @Pattern(regexp = "[a-z]{2}") String language) {}

    record InvitationResponse(UUID personId, String email) {
        static InvitationResponse of(InvitationSent sent) {
            return new InvitationResponse(sent.person().value(), sent.email());
        }
    }

    private NetworkDetails load(UUID id) {
        return networks.find(new NetworkId(id)).orElseThrow(() -> new NotFoundException("Network", id));
    }

    @GetMapping
    @Operation(summary = "Every network, ordered by name, with its number of current member cities")
    List<NetworkListItem> all() {
        return networks.all().stream().map(NetworkListItem::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One network; framework names are in the language of Accept-Language")
    NetworkResponse one(@PathVariable UUID id, Locale locale) {
        return NetworkResponse.of(load(id), locale);
    }

    @PostMapping
    @Operation(summary = "Create a network (platform administrators)")
    ResponseEntity<NetworkResponse> create(@Valid @RequestBody NewNetworkRequest request, Locale locale) {
        var created = networks.create(new CreateNetwork(
                request.slug(),
                request.name(),
                request.description(),
                request.website(),
                request.reportingPeriodYears()));
        return ResponseEntity.created(
                        URI.create("/api/v1/networks/" + created.id().value()))
                .body(NetworkResponse.of(created, locale));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Describe a network (secretariat)",
            description = "Send the version you read; if the network changed since, the answer is 409.")
    NetworkResponse update(@PathVariable UUID id, @Valid @RequestBody NetworkUpdateRequest request, Locale locale) {
        var updated = networks.describe(
                new NetworkId(id),
                new Describe(
                        request.name(),
                        request.description(),
                        request.website(),
                        request.reportingPeriodYears(),
                        request.version()));
        return NetworkResponse.of(updated, locale);
    }

    @PutMapping("/{id}/frameworks")
    @Operation(
            summary = "Set the framework versions the network uses (secretariat)",
            description = "Each newly chosen version is recorded as used and can no longer change.")
    List<FrameworkResponse> frameworks(
            @PathVariable UUID id, @Valid @RequestBody FrameworksRequest request, Locale locale) {
        var chosen = request.frameworks().stream().map(FrameworkRef::parse).collect(Collectors.toSet());
        return networks.chooseFrameworks(new NetworkId(id), chosen).stream()
                .map(use -> FrameworkResponse.of(use, locale))
                .toList();
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Member cities, current ones first, then former ones with their leaving date")
    List<MemberResponse> members(@PathVariable UUID id) {
        return networks.members(load(id).id()).stream().map(MemberResponse::of).toList();
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admit a city (secretariat)")
    MemberResponse admit(@PathVariable UUID id, @Valid @RequestBody AdmitRequest request) {
        return MemberResponse.of(networks.admit(new NetworkId(id), new CityId(request.cityId()), request.joinedOn()));
    }

    @DeleteMapping("/{id}/members/{cityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release a city (secretariat); it stays in the network's history with its leaving date")
    void release(
            @PathVariable UUID id,
            @PathVariable UUID cityId,
            @Parameter(description = "ISO date the city left; today when not given")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate leftOn) {
        networks.release(new NetworkId(id), new CityId(cityId), leftOn == null ? LocalDate.now(clock) : leftOn);
    }

    @GetMapping("/{id}/people")
    @Operation(summary = "Who holds the network's roles (secretariat and platform administrators only)")
    List<PersonResponse> people(@PathVariable UUID id) {
        return networks.people(new NetworkId(id)).stream()
                .map(PersonResponse::of)
                .toList();
    }

    @PostMapping("/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite someone as secretariat or reviewer of the network (secretariat)")
    InvitationResponse invite(@PathVariable UUID id, @Valid @RequestBody InvitationRequest request, Locale locale) {
        var sent = networks.invite(
                new NetworkId(id),
                new InviteToNetwork(
                        request.email(),
                        request.displayName(),
                        request.role(),
                        request.language() == null ? locale.getLanguage() : request.language()));
        return InvitationResponse.of(sent);
    }
}
