package org.equicity.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.framework.FrameworkRef;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What other modules and the web layer may ask of the network module. Everything about a network is public except
 * who holds its roles. Creating a network is for platform administrators; every other change is for the network's
 * secretariat (or a platform administrator), checked here so that pages and API are covered alike.
 */
public interface Networks {

    /** Every network, ordered by name. */
    List<NetworkSummary> all();

    Optional<NetworkDetails> find(NetworkId id);

    Optional<NetworkDetails> findBySlug(String slug);

    /** The network's member cities, current members first (by name), then former ones, most recent first. */
    List<Member> members(NetworkId network);

    /**
     * The framework versions the network works with, ordered by framework id.
     *
     * @throws org.equicity.shared.NotFoundException for an unknown network
     */
    List<FrameworkUse> frameworks(NetworkId network);

    /** The networks a city belongs or belonged to, current ones first; for the city page and its profile. */
    List<Membership> membershipsOf(CityId city);

    /** Every loaded framework version, marked with whether the network uses it; for the choice form. */
    List<FrameworkChoice> frameworkChoices(NetworkId network);

    /** Whether the signed-in person may change this network (to show or hide management links). */
    boolean canManage(NetworkId network);

    NetworkDetails create(CreateNetwork command);

    /**
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if the network changed since the
     *     version the editor started from
     */
    NetworkDetails describe(NetworkId network, Describe command);

    /**
     * Makes the network use exactly these framework versions. Each newly chosen version is recorded as used, which
     * freezes its data file from then on.
     */
    List<FrameworkUse> chooseFrameworks(NetworkId network, Set<FrameworkRef> frameworks);

    Member admit(NetworkId network, CityId city, LocalDate joinedOn);

    void release(NetworkId network, CityId city, LocalDate leftOn);

    /** Who holds the network's roles (secretariat, reviewers); only for those who manage the network. */
    List<People.RoleHolder> people(NetworkId network);

    People.InvitationSent invite(NetworkId network, InviteToNetwork command);

    void revoke(NetworkId network, PersonId person, Role role);

    record NetworkSummary(NetworkId id, String slug, String name, int memberCount) {}

    record NetworkDetails(
            NetworkId id,
            String slug,
            String name,
            @Nullable String description,
            @Nullable String website,
            int reportingPeriodYears,
            List<FrameworkUse> frameworks,
            long version) {

        public NetworkDetails {
            frameworks = List.copyOf(frameworks);
        }
    }

    /** A framework version in use; the name is the framework's, or its reference if its data is gone. */
    record FrameworkUse(FrameworkRef ref, LocalizedText name) {}

    record FrameworkChoice(FrameworkRef ref, LocalizedText name, boolean chosen) {}

    /** A city's membership seen from the network; {@code leftOn} is null while the city is a member. */
    record Member(
            CityId city,
            String citySlug,
            String cityName,
            String country,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {

        public boolean isCurrent() {
            return leftOn == null;
        }
    }

    /** A city's membership seen from the city. */
    record Membership(
            NetworkId network,
            String networkSlug,
            String networkName,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {

        public boolean isCurrent() {
            return leftOn == null;
        }
    }

    /** @param reportingPeriodYears null for the usual two years */
    record CreateNetwork(String slug, String name, String description, String website, Integer reportingPeriodYears) {}

    /** @param version the version the editor started from */
    record Describe(
            @Nullable String name,
            @Nullable String description,
            @Nullable String website,
            int reportingPeriodYears,
            long version) {}

    /** @param role {@link Role#NETWORK_SECRETARIAT} or {@link Role#REVIEWER} */
    record InviteToNetwork(String email, String displayName, Role role, String language) {}
}
