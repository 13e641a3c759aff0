package org.equicity.city.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CityProfile;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.CreateCity;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.HistoryEntry;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@RequestMapping("/api/v1/cities")
@Tag(name = "Cities", description = "Cities, their Level 1 profile and their departments")
class CityApi {

    record CityResponse(
            UUID id, String slug, String name, String country, Long population, List<String> officialLanguages) {

        static CityResponse of(CitySummary city) {
            return new CityResponse(
                    city.id().value(),
                    city.slug(),
                    city.name(),
                    city.country(),
                    city.population(),
                    city.officialLanguages());
        }
    }

    record DepartmentResponse(UUID id, String name) {

        static DepartmentResponse of(DepartmentSummary department) {
            return new DepartmentResponse(department.id().value(), department.name());
        }
    }

    /** What anyone may read; the focal point's email and phone only reach the city's own people. */
    record PublicCityResponse(CityResponse city, Level1Profile profile, List<DepartmentResponse> departments) {}

    /** The stored profile with the version to send back with a change. */
    record EditableProfileResponse(CityResponse city, long version, Level1Profile profile) {

        static EditableProfileResponse of(CityProfile stored) {
            return new EditableProfileResponse(CityResponse.of(stored.city()), stored.version(), stored.profile());
        }
    }

    record CreateCityRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")
            String slug,

            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(min = 2, max = 2) String country,
            @Nullable @PositiveOrZero Long population,
            @NotEmpty @Size(max = 12) List<@NotBlank @Size(min = 2, max = 2) String> officialLanguages) {}

    record ProfileRequest(
            @NotNull Long version,
            @Nullable @PositiveOrZero Long population,
            @NotEmpty @Size(max = 12) List<@NotBlank @Size(min = 2, max = 2) String> officialLanguages,
            @Nullable FocalPoint focalPoint,
            @Nullable PoliticalResponsibility politicalResponsibility,
            @Nullable @Size(max = 10_000) String coordinationStructure,
            @Nullable @Size(max = 10_000) String networksAndMemberships,
            @Nullable PublicContact publicContact,
            @Nullable @Size(max = 2_000) String description) {}

    record DepartmentRequest(@NotBlank @Size(max = 200) String name) {}

    record RoleHolderResponse(
            UUID person,
            String displayName,
            String email,
            Role role,
            @Nullable UUID departmentId,
            boolean active) {

        static RoleHolderResponse of(People.RoleHolder holder) {
            var department = holder.grant().department();
            return new RoleHolderResponse(
                    holder.person().value(),
                    holder.displayName(),
                    holder.email(),
                    holder.grant().role(),
                    department == null ? null : department.value(),
                    holder.active());
        }
    }

    /** {@code departmentId} is needed for a department contact, and must be one of the city's departments. */
    record InvitationRequest(
            @NotBlank @Size(max = 320) String email,
            @Nullable @Size(max = 200) String displayName,
            @NotNull CityRole role,
            @Nullable UUID departmentId,
            @Nullable @Size(max = 8) String language) {}

    record InvitationResponse(UUID person, String email) {}

    private final Cities cities;
    private final People people;
    private final MessageSource messages;

    CityApi(Cities cities, People people, MessageSource messages) {
        this.cities = cities;
        this.people = people;
        this.messages = messages;
    }

    /**
     * Profile parts check themselves when they are made, which for a request body is while it is being read: a
     * value that breaks a rule (an email address that is not one) is then a 422 naming the rule, like any other
     * rule broken, rather than a body that "could not be read".
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
        var rule = ruleIn(ex);
        if (rule == null) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, messages.getMessage("problem.unreadable", null, locale));
            return ResponseEntity.badRequest().body(problem);
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(), locale));
        problem.setType(URI.create("https://equicity.org/problems/rule-violation"));
        problem.setProperty("code", rule.messageKey());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static @Nullable RuleViolationException ruleIn(Throwable ex) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException rule) {
                return rule;
            }
        }
        return null;
    }

    @GetMapping
    @Operation(summary = "List cities, optionally of one country (ISO 3166-1 alpha-2)")
    List<CityResponse> list(@RequestParam(required = false) @Nullable String country) {
        return cities.all().stream()
                .filter(city -> country == null || city.country().equalsIgnoreCase(country.strip()))
                .map(CityResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A city's public profile and departments")
    PublicCityResponse show(@PathVariable UUID id) {
        var city = new CityId(id);
        var view = cities.publicProfile(city);
        return new PublicCityResponse(
                CityResponse.of(view.city()),
                view.profile(),
                cities.departments(city).stream().map(DepartmentResponse::of).toList());
    }

    @PostMapping
    @Operation(summary = "Create a city (platform administrators)")
    ResponseEntity<CityResponse> create(@Valid @RequestBody CreateCityRequest request) {
        var city = cities.create(new CreateCity(
                request.slug(),
                request.name(),
                request.country().toUpperCase(Locale.ROOT),
                request.population(),
                request.officialLanguages()));
        return ResponseEntity.created(URI.create("/api/v1/cities/" + city.id().value()))
                .body(CityResponse.of(city));
    }

    @GetMapping("/{id}/profile")
    @Operation(summary = "The whole stored profile with its version (city coordinators, platform administrators)")
    EditableProfileResponse profile(@PathVariable UUID id) {
        return EditableProfileResponse.of(cities.profileForEditing(new CityId(id)));
    }

    @PutMapping("/{id}/profile")
    @Operation(
            summary = "Replace the Level 1 profile",
            description = "Send the version you read; if someone saved since, the answer is 409 and nothing changes.")
    EditableProfileResponse updateProfile(@PathVariable UUID id, @Valid @RequestBody ProfileRequest request) {
        var city = new CityId(id);
        cities.updateProfile(new UpdateProfile(
                city,
                request.version(),
                request.population(),
                request.officialLanguages(),
                new Level1Profile(
                        request.focalPoint(),
                        request.politicalResponsibility(),
                        request.coordinationStructure(),
                        request.networksAndMemberships(),
                        request.publicContact(),
                        request.description())));
        return EditableProfileResponse.of(cities.profileForEditing(city));
    }

    @GetMapping("/{id}/departments")
    @Operation(summary = "The city's departments")
    List<DepartmentResponse> departments(@PathVariable UUID id) {
        return cities.departments(new CityId(id)).stream()
                .map(DepartmentResponse::of)
                .toList();
    }

    @PostMapping("/{id}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a department")
    DepartmentResponse addDepartment(@PathVariable UUID id, @Valid @RequestBody DepartmentRequest request) {
        return DepartmentResponse.of(cities.addDepartment(new CityId(id), request.name()));
    }

    @PutMapping("/{id}/departments/{departmentId}")
    @Operation(summary = "Rename a department")
    DepartmentResponse renameDepartment(
            @PathVariable UUID id, @PathVariable UUID departmentId, @Valid @RequestBody DepartmentRequest request) {
        var department = new DepartmentId(departmentId);
        cities.renameDepartment(new CityId(id), department, request.name());
        return cities.department(department)
                .map(DepartmentResponse::of)
                .orElseThrow(() -> new NotFoundException("Department", departmentId));
    }

    @DeleteMapping("/{id}/departments/{departmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a department")
    void removeDepartment(@PathVariable UUID id, @PathVariable UUID departmentId) {
        cities.removeDepartment(new CityId(id), new DepartmentId(departmentId));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change to the profile and departments, newest first (the city's people)")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return cities.history(new CityId(id));
    }

    @GetMapping("/{id}/people")
    @Operation(summary = "Who holds a role in the city (the city's people)")
    List<RoleHolderResponse> people(@PathVariable UUID id) {
        return people.inCity(new CityId(id)).stream()
                .map(RoleHolderResponse::of)
                .toList();
    }

    @PostMapping("/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite someone to a role in the city",
            description = "The person is mailed a link and holds the role once they accept (a new person also sets a"
                    + " password); the answer is the same whether or not the address has an account.")
    InvitationResponse invite(@PathVariable UUID id, @Valid @RequestBody InvitationRequest request) {
        var city = new CityId(id);
        cities.find(city).orElseThrow(() -> new NotFoundException("City", id));
        var sent = people.invite(new People.Invite(
                request.email(),
                request.displayName(),
                request.role().grant(city, request.departmentId()),
                request.language()));
        return new InvitationResponse(sent.person().value(), sent.email());
    }
}
