package org.equicity.people;

import java.util.Objects;
import org.equicity.shared.PersonId;

/**
 * {@code person} accepted an invitation: {@code grant} has taken effect. Published in the accepting transaction, once
 * per role the invitation carried.
 */
public record InvitationAccepted(PersonId person, String displayName, RoleGrant grant) {

    public InvitationAccepted {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(displayName, "display name");
        Objects.requireNonNull(grant, "grant");
    }
}
