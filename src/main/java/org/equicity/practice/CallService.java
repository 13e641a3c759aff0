package org.equicity.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.equicity.network.Networks;
import org.equicity.network.Networks.Member;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CallService implements PracticeCalls {

    private final PracticeCallRepository calls;
    private final CallAnswerRepository answers;
    private final GoodPracticeRepository practices;
    private final PracticeService practiceService;
    private final Networks networks;
    private final Access access;
    private final TemplateCodes codes;
    private final Clock clock;

    CallService(
            PracticeCallRepository calls,
            CallAnswerRepository answers,
            GoodPracticeRepository practices,
            PracticeService practiceService,
            Networks networks,
            Access access,
            TemplateCodes codes,
            Clock clock) {
        this.calls = calls;
        this.answers = answers;
        this.practices = practices;
        this.practiceService = practiceService;
        this.networks = networks;
        this.access = access;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public CallId open(NetworkId network, CallDetails details) {
        access.requireNetworkManagement(network);
        network(network);
        for (var code : details.fieldsOfAction()) {
            if (!codes.isFieldOfAction(code)) {
                throw RuleViolationException.about("fieldsOfAction", "practice.rule.field-of-action", code);
            }
        }
        if (details.deadline().isBefore(today())) {
            throw RuleViolationException.about("deadline", "practice.call.rule.deadline-past", details.deadline());
        }
        return calls.save(new PracticeCall(network, details, clock.instant())).id();
    }

    @Override
    public void close(CallId id) {
        var call = callOf(id);
        access.requireNetworkManagement(call.network());
        call.close(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public CallView call(CallId id) {
        var call = callOf(id);
        var network = network(call.network());
        var members = currentMembers(call.network());
        var manageable = access.canManageNetwork(call.network());
        var oversees = manageable || access.isReviewer(call.network());
        var readersCities =
                members.stream().map(Member::city).filter(access::belongsToCity).toList();
        if (!oversees && readersCities.isEmpty()) {
            throw new AccessDeniedException("Call " + id.value() + " is for the network's member cities");
        }
        var names = new LinkedHashMap<CityId, String>();
        members.forEach(member -> names.put(member.city(), member.cityName()));
        var given = new ArrayList<Answer>();
        var answered = new LinkedHashSet<CityId>();
        for (var answer : answers.findByCallIdOrderByAnsweredAt(id.value())) {
            answered.add(answer.city());
            if (oversees || readersCities.contains(answer.city())) {
                var practice = practices.findById(answer.practice().value()).orElseThrow();
                given.add(new Answer(
                        answer.city(),
                        names.getOrDefault(answer.city(), practice.ownerName()),
                        answer.practice(),
                        practice.title(),
                        practice.status(),
                        answer.answeredAt()));
            }
        }
        var missing = oversees
                ? members.stream()
                        .filter(member -> !answered.contains(member.city()))
                        .map(member ->
                                new Missing(member.city(), member.citySlug(), member.cityName(), member.country()))
                        .toList()
                : List.<Missing>of();
        var mayAnswer = call.acceptsAnswers(today())
                ? readersCities.stream().filter(access::canManageCity).toList()
                : List.<CityId>of();
        return new CallView(summary(call, network, answered, members), given, missing, manageable, mayAnswer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallSummary> ofNetwork(NetworkId networkId) {
        if (!access.isReviewer(networkId)) {
            access.requireNetworkManagement(networkId);
        }
        var network = network(networkId);
        var members = currentMembers(networkId);
        return calls.findByNetworkIdOrderByDeadlineDesc(networkId.value()).stream()
                .map(call -> summary(call, network, answeredCities(call), members))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallSummary> openFor(CityId city) {
        return open(city, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallSummary> unansweredBy(CityId city) {
        return open(city, true);
    }

    /** The answers of all the open calls are read in one query, not one per call. */
    private List<CallSummary> open(CityId city, boolean unansweredOnly) {
        if (!access.belongsToCity(city)) {
            access.requireCityManagement(city);
        }
        var memberOf = new LinkedHashMap<UUID, Networks.Membership>();
        networks.membershipsOf(city).stream()
                .filter(Networks.Membership::isCurrent)
                .forEach(membership -> memberOf.put(membership.network().value(), membership));
        if (memberOf.isEmpty()) {
            return List.of();
        }
        var today = today();
        var open = calls.findByNetworkIdInAndStateOrderByDeadlineAsc(memberOf.keySet(), CallState.OPEN).stream()
                .filter(call -> call.acceptsAnswers(today))
                .toList();
        var answeredBy = new HashMap<CallId, Set<CityId>>();
        answers.findByCallIdInOrderByAnsweredAt(
                        open.stream().map(call -> call.id().value()).toList())
                .forEach(answer -> answeredBy
                        .computeIfAbsent(answer.call(), call -> new LinkedHashSet<>())
                        .add(answer.city()));
        var result = new ArrayList<CallSummary>();
        Map<NetworkId, List<Member>> membersOf = new LinkedHashMap<>();
        Map<NetworkId, NetworkDetails> networkOf = new HashMap<>();
        for (var call : open) {
            var answered = answeredBy.getOrDefault(call.id(), Set.of());
            if (unansweredOnly && answered.contains(city)) {
                continue;
            }
            var members = membersOf.computeIfAbsent(call.network(), this::currentMembers);
            result.add(summary(call, networkOf.computeIfAbsent(call.network(), this::network), answered, members));
        }
        return result;
    }

    @Override
    public PracticeId answer(CallId id, CityId city, PracticeContent content) {
        var call = callOf(id);
        access.requireCityManagement(city);
        requireAnswerable(call, city);
        var practice = practiceService.submit(new NewPractice(city, call.network(), content));
        answers.save(new CallAnswer(id, city, practice, clock.instant()));
        return practice;
    }

    @Override
    public void answerWith(CallId id, CityId city, PracticeId practiceId) {
        var call = callOf(id);
        access.requireCityManagement(city);
        var practice = practices
                .findById(practiceId.value())
                .orElseThrow(() -> new NotFoundException("Practice", practiceId.value()));
        if (!city.equals(practice.city())) {
            throw RuleViolationException.about("practice", "practice.call.rule.not-the-citys");
        }
        if (!practice.network().equals(call.network())) {
            throw RuleViolationException.about("practice", "practice.call.rule.other-network");
        }
        requireAnswerable(call, practice.city());
        if (!answers.existsByCallIdAndPracticeId(id.value(), practiceId.value())) {
            answers.save(new CallAnswer(id, practice.city(), practiceId, clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeId> answeredPractices(CallId id) {
        call(id);
        return answers.findByCallIdOrderByAnsweredAt(id.value()).stream()
                .map(CallAnswer::practice)
                .toList();
    }

    /** The city is a current member of the call's network, and the call takes answers. */
    private void requireAnswerable(PracticeCall call, CityId city) {
        if (currentMembers(call.network()).stream()
                .noneMatch(member -> member.city().equals(city))) {
            throw new AccessDeniedException("Only the network's current member cities answer its calls");
        }
        if (!call.acceptsAnswers(today())) {
            throw RuleViolationException.about("call", "practice.call.rule.closed", call.deadline());
        }
    }

    private CallSummary summary(PracticeCall call, NetworkDetails network, Set<CityId> answered, List<Member> members) {
        var answeredMembers = (int) members.stream()
                .filter(member -> answered.contains(member.city()))
                .count();
        return new CallSummary(
                call.id(),
                network.id(),
                network.slug(),
                network.name(),
                call.details(),
                call.state(),
                call.openedAt(),
                call.acceptsAnswers(today()),
                answeredMembers,
                members.size());
    }

    private Set<CityId> answeredCities(PracticeCall call) {
        var answered = new LinkedHashSet<CityId>();
        answers.findByCallIdOrderByAnsweredAt(call.id().value()).forEach(answer -> answered.add(answer.city()));
        return answered;
    }

    List<Member> currentMembers(NetworkId network) {
        return networks.members(network).stream().filter(Member::isCurrent).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PracticeCall callOf(CallId id) {
        return calls.findById(id.value()).orElseThrow(() -> new NotFoundException("Call", id.value()));
    }

    private NetworkDetails network(NetworkId id) {
        return networks.find(id).orElseThrow(() -> new NotFoundException("Network", id.value()));
    }
}
