package org.equicity.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.people.Access;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NetworkDirectory implements Networks {

    private static final Comparator<Member> MEMBER_ORDER = Comparator.comparing((Member member) -> !member.isCurrent())
            .thenComparing(member -> member.isCurrent() ? LocalDate.MIN : member.leftOn(), Comparator.reverseOrder())
            .thenComparing(Member::cityName, String.CASE_INSENSITIVE_ORDER);

    private final NetworkRepository networks;
    private final Cities cities;
    private final Frameworks frameworks;
    private final Access access;
    private final People people;
    private final Clock clock;

    NetworkDirectory(
            NetworkRepository networks,
            Cities cities,
            Frameworks frameworks,
            Access access,
            People people,
            Clock clock) {
        this.clock = clock;
        this.networks = networks;
        this.cities = cities;
        this.frameworks = frameworks;
        this.access = access;
        this.people = people;
    }

    @Override
    public List<NetworkSummary> all() {
        return networks.findAllByOrderByNameAsc().stream()
                .map(network -> new NetworkSummary(
                        network.id(), network.slug(), network.name(), (int) network.memberships().stream()
                                .filter(NetworkMembership::isCurrent)
                                .count()))
                .toList();
    }

    @Override
    public Optional<NetworkDetails> find(NetworkId id) {
        return networks.findById(id.value()).map(this::details);
    }

    @Override
    public Optional<NetworkDetails> findBySlug(String slug) {
        return networks.findBySlug(Network.normaliseSlug(slug)).map(this::details);
    }

    @Override
    public List<Member> members(NetworkId id) {
        var network = load(id);
        var known = cities.all().stream().collect(Collectors.toMap(CitySummary::id, Function.identity()));
        return network.memberships().stream()
                .map(membership -> member(membership, known))
                .flatMap(Optional::stream)
                .sorted(MEMBER_ORDER)
                .toList();
    }

    @Override
    public List<FrameworkUse> frameworks(NetworkId id) {
        return frameworkUses(load(id));
    }

    @Override
    public List<Membership> membershipsOf(CityId city) {
        return networks.findByMemberCity(city.value()).stream()
                .flatMap(network -> network.memberships().stream().filter(membership -> membership.isOf(city)))
                .map(membership -> new Membership(
                        membership.network().id(),
                        membership.network().slug(),
                        membership.network().name(),
                        membership.joinedOn(),
                        membership.leftOn()))
                .sorted(Comparator.comparing((Membership membership) -> !membership.isCurrent())
                        .thenComparing(Membership::networkName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Membership::joinedOn, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public List<FrameworkChoice> frameworkChoices(NetworkId id) {
        var chosen = load(id).frameworks();
        var choices = frameworks.all().stream()
                .map(framework ->
                        new FrameworkChoice(framework.ref(), framework.name(), chosen.contains(framework.ref())))
                .toList();
        // A version in use whose data is no longer loaded must stay visible, or saving the form would drop it.
        var missing = chosen.stream()
                .filter(ref -> frameworks.find(ref).isEmpty())
                .map(ref -> new FrameworkChoice(ref, nameOf(ref), true));
        return Stream.concat(choices.stream(), missing).toList();
    }

    @Override
    public boolean canManage(NetworkId network) {
        return access.canManageNetwork(network);
    }

    @Override
    @Transactional
    public NetworkDetails create(CreateNetwork command) {
        access.requirePlatformAdmin();
        var period = command.reportingPeriodYears() == null
                ? Network.DEFAULT_REPORTING_PERIOD
                : command.reportingPeriodYears();
        var network = new Network(
                command.slug(), command.name(), command.description(), command.website(), period, clock.instant());
        if (networks.existsBySlug(network.slug())) {
            throw RuleViolationException.about("slug", "network.error.slug.taken", network.slug());
        }
        try {
            return details(networks.saveAndFlush(network));
        } catch (DataIntegrityViolationException raced) {
            // Someone created a network with this slug between the check above and the insert.
            throw RuleViolationException.about("slug", "network.error.slug.taken", network.slug());
        }
    }

    @Override
    @Transactional
    public NetworkDetails describe(NetworkId id, Describe command) {
        access.requireNetworkManagement(id);
        var network = load(id);
        if (network.version() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Network.class, id.value());
        }
        network.describe(command.name(), command.description(), command.website(), command.reportingPeriodYears());
        return details(networks.saveAndFlush(network));
    }

    @Override
    @Transactional
    public List<FrameworkUse> chooseFrameworks(NetworkId id, Set<FrameworkRef> chosen) {
        access.requireNetworkManagement(id);
        var network = load(id);
        for (var ref : chosen) {
            if (frameworks.find(ref).isEmpty() && !network.frameworks().contains(ref)) {
                throw RuleViolationException.about("frameworks", "network.error.frameworks.unknown", ref.toString());
            }
        }
        var before = network.frameworks();
        before.stream().filter(ref -> !chosen.contains(ref)).forEach(network::stopUsingFramework);
        var added = new HashSet<FrameworkRef>();
        chosen.stream()
                .sorted(Comparator.comparing(FrameworkRef::toString))
                .filter(network::useFramework)
                .forEach(added::add);
        added.forEach(ref -> frameworks.recordUse(ref, "network:" + network.slug()));
        return frameworkUses(networks.saveAndFlush(network));
    }

    @Override
    @Transactional
    public Member admit(NetworkId id, CityId city, LocalDate joinedOn) {
        access.requireNetworkManagement(id);
        var network = load(id);
        var summary =
                cities.find(city).orElseThrow(() -> RuleViolationException.about("city", "network.error.city.unknown"));
        network.admit(city, joinedOn, LocalDate.now(clock));
        networks.saveAndFlush(network);
        return new Member(city, summary.slug(), summary.name(), summary.country(), joinedOn, null);
    }

    @Override
    @Transactional
    public void release(NetworkId id, CityId city, LocalDate leftOn) {
        access.requireNetworkManagement(id);
        var network = load(id);
        network.release(city, leftOn, LocalDate.now(clock));
        networks.saveAndFlush(network);
    }

    @Override
    public List<People.RoleHolder> people(NetworkId id) {
        access.requireNetworkManagement(id);
        load(id);
        return people.inNetwork(id);
    }

    @Override
    @Transactional
    public People.InvitationSent invite(NetworkId id, InviteToNetwork command) {
        access.requireNetworkManagement(id);
        load(id);
        return people.invite(new People.Invite(
                command.email(), command.displayName(), grant(id, command.role()), command.language()));
    }

    @Override
    @Transactional
    public void revoke(NetworkId id, PersonId person, Role role) {
        access.requireNetworkManagement(id);
        load(id);
        people.revoke(person, grant(id, role));
    }

    private static RoleGrant grant(NetworkId network, Role role) {
        if (role != Role.NETWORK_SECRETARIAT && role != Role.REVIEWER) {
            throw RuleViolationException.about("role", "network.error.role.not-network");
        }
        return RoleGrant.inNetwork(role, network);
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(() -> new NotFoundException("Network", id.value()));
    }

    private NetworkDetails details(Network network) {
        return new NetworkDetails(
                network.id(),
                network.slug(),
                network.name(),
                network.description(),
                network.website(),
                network.reportingPeriodYears(),
                frameworkUses(network),
                network.version());
    }

    private List<FrameworkUse> frameworkUses(Network network) {
        return network.frameworks().stream()
                .sorted(Comparator.comparing(FrameworkRef::id).thenComparing(FrameworkRef::version))
                .map(ref -> new FrameworkUse(ref, nameOf(ref)))
                .toList();
    }

    private LocalizedText nameOf(FrameworkRef ref) {
        return frameworks
                .find(ref)
                .map(Framework::name)
                .orElseGet(() -> LocalizedText.of(LocalizedText.FALLBACK_LANGUAGE, ref.toString()));
    }

    /** Empty for a city the city module no longer knows; there is nothing to show or link for it. */
    private static Optional<Member> member(NetworkMembership membership, Map<CityId, CitySummary> known) {
        return Optional.ofNullable(known.get(membership.city()))
                .map(city -> new Member(
                        city.id(),
                        city.slug(),
                        city.name(),
                        city.country(),
                        membership.joinedOn(),
                        membership.leftOn()));
    }
}
