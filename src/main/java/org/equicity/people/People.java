package org.equicity.people;

import java.util.List;
import java.util.Set;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;

/**
 * What other modules may ask of the people module: invite someone to a role (the invitation is mailed, and the
 * person accepts it through the link, setting their own password if they have none yet), list who holds roles in a city or a network, and the platform
 * administration of people. Every call checks through {@link Access} that the signed-in person may do it; the
 * one exception, {@link #createWithPassword}, is for start-up code and refuses to run inside a web request.
 */
public interface People {

    /**
     * Invites a new or existing person to a role by mail; the role takes effect when they accept through the link,
     * and the answer does not tell whether the address already had an account. City and department
     * roles need {@link Access#canManageCity}, network roles {@link Access#canManageNetwork}, the platform
     * administrator role {@link Access#isPlatformAdmin}.
     */
    InvitationSent invite(Invite command);

    /** Everyone holding a role in the city; for people who manage the city or hold a role in it. */
    List<RoleHolder> inCity(CityId city);

    /** Everyone holding a role in the network; for people who manage the network. */
    List<RoleHolder> inNetwork(NetworkId network);

    /**
     * The network's reviewers, each with the cities they hold any role in (a reviewer never reviews their own
     * city); for people who manage the network.
     */
    List<Reviewer> reviewers(NetworkId network);

    /** Removes a role from a person; the person keeps their account and other roles. Same access as invite. */
    void revoke(PersonId person, RoleGrant grant);

    /** Everyone with an account; platform administrators only. */
    List<PersonView> everyone();

    /** A deactivated person can no longer sign in or use API tokens; their roles are kept. Platform admins only. */
    void deactivate(PersonId person);

    void reactivate(PersonId person);

    /**
     * Creates (or completes) a person with a known password and roles, checking nothing. It exists so that start-up
     * code such as the demo loader can create sign-in-able people without a mail round trip; because it bypasses
     * {@link Access}, it refuses to run while a web request is being handled, so no page or API can reach it.
     */
    PersonId createWithPassword(
            String email, String displayName, String language, String rawPassword, RoleGrant... grants);

    /**
     * The active coordinators of the city, with the language each reads, for mail the platform sends on its own
     * (deadline reminders). Like {@link #createWithPassword} it checks nothing and so refuses to run inside a web
     * request: no page or API can use it to read addresses.
     */
    List<Recipient> coordinatorsToNotify(CityId city);

    /** The active contacts of a department of the city, with their language; like {@link #coordinatorsToNotify}. */
    List<Recipient> departmentContactsToNotify(CityId city, DepartmentId department);

    record Recipient(String email, String displayName, String language) {}

    record Invite(String email, String displayName, RoleGrant grant, String language) {}

    record InvitationSent(PersonId person, String email) {}

    record RoleHolder(PersonId person, String displayName, String email, RoleGrant grant, boolean active) {}

    record Reviewer(PersonId person, String displayName, String email, boolean active, Set<CityId> cities) {

        public Reviewer {
            cities = Set.copyOf(cities);
        }
    }

    record PersonView(
            PersonId id,
            String email,
            String displayName,
            String language,
            boolean active,
            boolean hasPassword,
            Set<RoleGrant> grants) {}
}
