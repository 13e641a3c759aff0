package org.equicity.practice;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.report.ReportedActionId;
import org.equicity.report.Reports;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.TextsSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PracticeService implements Practices {

    private final GoodPracticeRepository practices;
    private final Access access;
    private final Owners owners;
    private final Networks networks;
    private final Reports reports;
    private final ApplicationEventPublisher events;
    private final PracticeQueries queries;
    private final Frameworks frameworks;
    private final TemplateCodes codes;
    private final PracticeExamples examples;
    private final Clock clock;

    PracticeService(
            GoodPracticeRepository practices,
            Access access,
            Owners owners,
            Networks networks,
            Reports reports,
            ApplicationEventPublisher events,
            PracticeQueries queries,
            Frameworks frameworks,
            TemplateCodes codes,
            PracticeExamples examples,
            Clock clock) {
        this.codes = codes;
        this.examples = examples;
        this.clock = clock;
        this.practices = practices;
        this.access = access;
        this.owners = owners;
        this.networks = networks;
        this.reports = reports;
        this.events = events;
        this.queries = queries;
        this.frameworks = frameworks;
    }

    @Override
    public PracticeId submit(NewPractice command) {
        access.requireCityManagement(command.city());
        var member = networks.members(command.network()).stream()
                .anyMatch(candidate -> candidate.isCurrent() && candidate.city().equals(command.city()));
        if (!member) {
            throw RuleViolationException.about("network", "practice.rule.not-member");
        }
        codes.check(command.content());
        return saved(
                GoodPractice.submitted(city(command.city()), command.network(), command.content(), clock.instant()));
    }

    @Override
    public PracticeId nominate(ReportedActionId actionId) {
        var accepted = reports.acceptedAction(actionId);
        access.requireNetworkManagement(accepted.summary().network());
        var existing = practices.findByReportedActionId(actionId.value());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var action = accepted.action();
        var template = new Template(
                action.title(),
                action.department(),
                null,
                List.of(),
                null,
                action.duration(),
                action.objectives(),
                null,
                action.methods(),
                action.impact(),
                action.evidenceLinks());
        var classification = new Classification(
                action.commitment(),
                action.track(),
                action.fieldsOfActivity(),
                accepted.cycle().periodTo().getYear());
        return saved(GoodPractice.nominated(
                city(accepted.summary().city()),
                accepted.summary().network(),
                actionId,
                accepted.summary().report(),
                accepted.summary().cycle(),
                new PracticeContent(accepted.summary().language(), template, classification),
                clock.instant()));
    }

    @Override
    public void revise(PracticeId id, long version, PracticeContent content) {
        var practice = practiceOf(id);
        requireWritable(practice);
        codes.check(content);
        practice.revise(version, content);
        changed(practice);
    }

    @Override
    public void startReview(PracticeId id) {
        var practice = practiceOf(id);
        access.requireNetworkManagement(practice.network());
        practice.startReview(clock.instant());
        events.publishEvent(new PracticeChanged(id));
    }

    @Override
    public void designate(PracticeId id) {
        var practice = practiceOf(id);
        access.requireNetworkManagement(practice.network());
        practice.designate(clock.instant());
        events.publishEvent(new PracticeChanged(id));
    }

    @Override
    public void decline(PracticeId id) {
        var practice = practiceOf(id);
        access.requireNetworkManagement(practice.network());
        practice.decline(clock.instant());
        events.publishEvent(new PracticeChanged(id));
    }

    @Override
    @Transactional(readOnly = true)
    public PracticeView practice(PracticeId id) {
        var practice = practiceOf(id);
        if (!practice.status().isPublic() && !mayReadUnpublished(practice)) {
            throw new AccessDeniedException("Practice " + id.value() + " is not published");
        }
        var network = network(practice.network());
        Source source = null;
        if (practice.reportedAction() != null) {
            var cycleName = mayReadUnpublished(practice)
                    ? reports.acceptedAction(practice.reportedAction()).cycle().name()
                    : null;
            source = new Source(practice.reportedAction(), practice.report(), practice.cycle(), cycleName);
        }
        return new PracticeView(
                summary(practice, owners.of(practice), network),
                network.slug(),
                practice.version(),
                practice.content(),
                source,
                practice.city() != null
                        ? access.canManageCity(practice.city())
                        : access.canManageNetwork(practice.network()),
                practice.origin().provenance(),
                practice.origin().outsideDesignation());
    }

    @Override
    public void recordSource(PracticeId id, Provenance.SourceDocument document, String locator) {
        var practice = practiceOf(id);
        requireWritable(practice);
        var recorded = practice.origin().provenance();
        practice.origin()
                .record(new Provenance(
                        document,
                        locator,
                        recorded == null ? null : recorded.collection(),
                        recorded == null ? null : recorded.importedBy(),
                        recorded == null ? null : recorded.importedAt()));
        events.publishEvent(new PracticeChanged(id));
    }

    @Override
    public void designatedElsewhere(PracticeId id, Provenance.OutsideDesignation designation) {
        var practice = practiceOf(id);
        access.requireNetworkManagement(practice.network());
        practice.designatedElsewhere(designation, clock.instant());
        events.publishEvent(new PracticeChanged(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeSummary> ofNetwork(NetworkId networkId) {
        if (!access.isReviewer(networkId)) {
            access.requireNetworkManagement(networkId);
        }
        var network = network(networkId);
        var owner = owners.cached();
        return practices.findByNetworkIdOrderBySubmittedAtDesc(networkId.value()).stream()
                .map(practice -> summary(practice, owner.apply(practice), network))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeSummary> ofCity(CityId cityId) {
        if (!access.belongsToCity(cityId)) {
            access.requireCityManagement(cityId);
        }
        var city = Owners.of(owners.city(cityId));
        var networkCache = new LinkedHashMap<NetworkId, NetworkDetails>();
        return practices.findByCityIdOrderBySubmittedAtDesc(cityId.value()).stream()
                .map(practice ->
                        summary(practice, city, networkCache.computeIfAbsent(practice.network(), this::network)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LibraryPage library(LibraryQuery query) {
        var fields = withSubFields(query.fieldOfAction());
        Set<UUID> networks = null;
        if (!query.status().isPublic()) {
            networks = reviewableNetworks().stream().map(NetworkId::value).collect(Collectors.toSet());
            if (networks.isEmpty()) {
                return new LibraryPage(List.of(), 0, query.page(), query.size());
            }
        }
        var found = queries.library(query, fields, networks);
        return new LibraryPage(entries(found.practices()), found.total(), query.page(), query.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LibraryEntry> similar(PracticeId id, int limit) {
        var practice = practiceOf(id);
        if (!practice.status().isPublic() && !mayReadUnpublished(practice)) {
            throw new AccessDeniedException("Practice " + id.value() + " is not published");
        }
        var ranked = queries.similar(practice, limit);
        var byId = practices.findAllById(ranked).stream()
                .collect(Collectors.toMap(found -> found.id().value(), found -> found));
        return entries(ranked.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LibraryEntry> examples(ItemRef item, CityId forCity, int limit) {
        return entries(examples.designated(item, forCity, Math.min(Math.max(1, limit), LibraryQuery.MAX_SIZE)));
    }

    @Override
    public Set<NetworkId> reviewableNetworks() {
        return access.current()
                .map(person -> person.grants().stream()
                        .filter(grant -> grant.role() == Role.NETWORK_SECRETARIAT || grant.role() == Role.REVIEWER)
                        .map(RoleGrant::network)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /**
     * A field of action stands for its sub-fields too: a practice on housing is one on public services. A code the
     * framework does not have is refused rather than answered with nothing, so that a mistyped filter is noticed.
     */
    private Set<String> withSubFields(String code) {
        if (code == null) {
            return Set.of();
        }
        var codes = new LinkedHashSet<String>();
        codes.add(code);
        var item = frameworks.find(TemplateCodes.FIELDS_OF_ACTION).flatMap(framework -> framework.item(code));
        if (item.isEmpty()) {
            throw new RuleViolationException("practice.library.unknown-field", code);
        }
        item.get().children().forEach(child -> codes.add(child.code()));
        return codes;
    }

    private List<LibraryEntry> entries(List<GoodPractice> found) {
        var owner = owners.cached();
        var networkCache = new HashMap<NetworkId, NetworkDetails>();
        return found.stream()
                .map(practice -> new LibraryEntry(
                        summary(
                                practice,
                                owner.apply(practice),
                                networkCache.computeIfAbsent(practice.network(), this::network)),
                        practice.content(),
                        practice.origin().provenance()))
                .toList();
    }

    private boolean mayReadUnpublished(GoodPractice practice) {
        return (practice.city() != null && access.belongsToCity(practice.city()))
                || access.canManageNetwork(practice.network())
                || access.isReviewer(practice.network());
    }

    private PracticeId saved(GoodPractice practice) {
        practices.save(practice);
        changed(practice);
        return practice.id();
    }

    /** Reports the texts to the translation module, which archives them in English in the background. */
    void changed(GoodPractice practice) {
        var content = practice.content();
        if (practice.city() != null) {
            events.publishEvent(
                    TextsSaved.of(practice.city(), content.language(), content.translatableFields(practice.id())));
        } else {
            events.publishEvent(
                    TextsSaved.of(practice.network(), content.language(), content.translatableFields(practice.id())));
        }
        events.publishEvent(new PracticeChanged(practice.id()));
    }

    /** A city's practice is its coordinator's to edit, a contributor's the network's secretariat's. */
    private void requireWritable(GoodPractice practice) {
        if (practice.city() != null) {
            access.requireCityManagement(practice.city());
        } else {
            access.requireNetworkManagement(practice.network());
        }
    }

    private GoodPractice practiceOf(PracticeId id) {
        return practices.findById(id.value()).orElseThrow(() -> new NotFoundException("Practice", id.value()));
    }

    private CitySummary city(CityId id) {
        return owners.city(id);
    }

    private NetworkDetails network(NetworkId id) {
        return networks.find(id).orElseThrow(() -> new NotFoundException("Network", id.value()));
    }

    static PracticeSummary summary(GoodPractice practice, Owner owner, NetworkDetails network) {
        return new PracticeSummary(
                practice.id(),
                practice.title(),
                owner,
                network.id(),
                network.name(),
                practice.status(),
                practice.submittedAt(),
                practice.decidedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeId> allIds() {
        return practices.findAllIds().stream().map(PracticeId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PracticeView practiceForIndexing(PracticeId id) {
        var practice = practiceOf(id);
        var network = network(practice.network());
        var source = practice.reportedAction() == null
                ? null
                : new Source(practice.reportedAction(), practice.report(), practice.cycle(), null);
        return new PracticeView(
                summary(practice, owners.of(practice), network),
                network.slug(),
                practice.version(),
                practice.content(),
                source,
                false,
                practice.origin().provenance(),
                practice.origin().outsideDesignation());
    }

    @Override
    @Transactional(readOnly = true)
    public List<DesignatedCount> designatedByCommitment(NetworkId network) {
        return queries.designatedByCommitment(network);
    }
}
