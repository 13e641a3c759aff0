package org.equicity.people;

import java.util.List;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * What other modules may ask of the people module: invite someone to a role (the invitation is mailed and the
 * person sets their own password through the link) and list who holds roles in a city or a network. Every call
 * checks through {@link Access} that the signed-in person may do it.
 */
public interface People {

    /** Invites a new or existing person to a role; an existing person simply gains the role. */
    InvitationSent invite(Invite command);

    List<RoleHolder> inCity(CityId city);

    List<RoleHolder> inNetwork(NetworkId network);

    /** Removes a role from a person; the person keeps their account and other roles. */
    void revoke(org.equicity.shared.PersonId person, RoleGrant grant);

    record Invite(String email, String displayName, RoleGrant grant, String language) {}

    record InvitationSent(org.equicity.shared.PersonId person, String email, boolean newAccount) {}

    record RoleHolder(
            org.equicity.shared.PersonId person, String displayName, String email, RoleGrant grant, boolean active) {}
}
