package org.equicity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.equicity.people.Accounts;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.shared.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Who is signed in, people and their roles, invitations")
class PeopleApi {

    record PersonResponse(
            UUID id, String email, String displayName, String language, boolean active, List<GrantFields> roles) {

        static PersonResponse of(People.PersonView view) {
            return new PersonResponse(
                    view.id().value(),
                    view.email(),
                    view.displayName(),
                    view.language(),
                    view.active(),
                    view.grants().stream().map(GrantFields::of).toList());
        }
    }

    record InviteRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 200) String displayName,
            @NotNull Role role,
            UUID networkId,
            UUID cityId,
            UUID departmentId,
            @Size(max = 8) String language) {}

    record InvitationResponse(UUID person, String email) {}

    record RevokeRequest(@NotNull Role role, UUID networkId, UUID cityId, UUID departmentId) {}

    private final People people;
    private final Accounts accounts;

    PeopleApi(People people, Accounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in person and the roles they hold")
    PersonResponse me() {
        var me = accounts.me();
        return new PersonResponse(
                me.id().value(),
                me.email(),
                me.displayName(),
                me.language(),
                true,
                me.grants().stream().map(GrantFields::of).toList());
    }

    @GetMapping
    @Operation(summary = "Everyone with an account (platform administrators only)")
    List<PersonResponse> everyone() {
        return people.everyone().stream().map(PersonResponse::of).toList();
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite a person to a role by mail; the role takes effect when they accept through the link,"
                    + " and the answer does not tell whether the address has an account")
    InvitationResponse invite(@Valid @RequestBody InviteRequest request) {
        var grant = new GrantFields(request.role(), request.networkId(), request.cityId(), request.departmentId());
        var sent = people.invite(
                new People.Invite(request.email(), request.displayName(), grant.toGrant(), request.language()));
        return new InvitationResponse(sent.person().value(), sent.email());
    }

    @PostMapping("/{person}/revocations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one role from a person")
    void revoke(@PathVariable UUID person, @Valid @RequestBody RevokeRequest request) {
        var grant = new GrantFields(request.role(), request.networkId(), request.cityId(), request.departmentId());
        people.revoke(new PersonId(person), grant.toGrant());
    }
}
