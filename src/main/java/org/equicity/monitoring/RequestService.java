package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information requests facade. The coordinators prepare and send requests and read every answer; a department's
 * contacts read and answer only their own department's part. Sending publishes {@link InformationRequested} per
 * department, whose contact {@link RequestMails} tells.
 */
@Service
@Transactional
class RequestService implements InformationRequests {

    private final InformationRequestRepository requests;
    private final RequestRecipientRepository recipients;
    private final ProgrammeRepository programmes;
    private final RequestViews views;
    private final Cities cities;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestService(
            InformationRequestRepository requests,
            RequestRecipientRepository recipients,
            ProgrammeRepository programmes,
            RequestViews views,
            Cities cities,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.recipients = recipients;
        this.programmes = programmes;
        this.views = views;
        this.cities = cities;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RequestSummary> ofProgramme(ProgrammeId programme) {
        var city = programme(programme).city();
        access.requireCityManagement(city);
        return requests.findByProgrammeIdOrderByDeadlineDesc(programme.value()).stream()
                .map(request -> new RequestSummary(
                        request.id(),
                        request.title(),
                        request.deadline(),
                        request.state(),
                        RequestViews.rate(
                                recipients.findByRequestId(request.id().value()))))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RequestView request(RequestId id) {
        var request = load(id);
        var all = recipients.findByRequestId(id.value());
        if (access.canManageCity(request.city())) {
            return views.view(request, all, true);
        }
        var own = all.stream()
                .filter(recipient -> request.state() == State.SENT
                        && access.isDepartmentContact(request.city(), recipient.department()))
                .toList();
        if (own.isEmpty()) {
            throw new AccessDeniedException("An information request is read by the departments asked");
        }
        return views.view(request, own, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignment> assignedToMe(CityId city) {
        if (!access.canReadCity(city)) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
        return requests.findByCityIdAndStateOrderByDeadlineDesc(city.value(), State.SENT).stream()
                .flatMap(request -> recipients.findByRequestId(request.id().value()).stream()
                        .filter(recipient -> access.isDepartmentContact(city, recipient.department()))
                        .map(recipient -> new Assignment(
                                request.id(),
                                recipient.id(),
                                request.programme(),
                                request.title(),
                                request.deadline(),
                                views.departmentName(recipient.department()),
                                recipient.answered())))
                .toList();
    }

    @Override
    public RequestId prepare(ProgrammeId programmeId, RequestContent content) {
        var programme = programme(programmeId);
        access.requireCityManagement(programme.city());
        for (var addressee : content.addressees()) {
            var department = cities.department(addressee.department());
            if (department.isEmpty() || !department.get().city().equals(programme.city())) {
                throw RuleViolationException.about("addressees", "monitoring.rule.foreign-department", "addressees");
            }
        }
        var request = requests.save(new InformationRequest(programme, content));
        content.addressees().forEach(addressee -> recipients.save(new RequestRecipient(request, addressee)));
        return request.id();
    }

    @Override
    public void send(RequestId id) {
        var request = load(id);
        access.requireCityManagement(request.city());
        request.send(clock.instant(), LocalDate.now(clock));
        recipients
                .findByRequestId(id.value())
                .forEach(recipient -> events.publishEvent(new InformationRequested(id, recipient.id())));
    }

    @Override
    public void answer(RequestId id, RecipientId recipientId, Answer answer) {
        var request = load(id);
        var recipient = recipients
                .findById(recipientId.value())
                .filter(candidate -> candidate.requestId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("Recipient", recipientId.value()));
        if (!access.isDepartmentContact(request.city(), recipient.department())) {
            throw new AccessDeniedException("A department answers for itself");
        }
        if (request.state() != State.SENT) {
            throw new RuleViolationException("monitoring.rule.not-sent");
        }
        if (answer.answers().size() > request.questions().size()) {
            throw RuleViolationException.about(
                    "answers",
                    "monitoring.rule.answers-count",
                    request.questions().size());
        }
        recipient.answer(answer, clock.instant());
    }

    private InformationRequest load(RequestId id) {
        return requests.findById(id.value()).orElseThrow(() -> new NotFoundException("Request", id.value()));
    }

    private Programme programme(ProgrammeId id) {
        var programme =
                programmes.findById(id.value()).orElseThrow(() -> new NotFoundException("Programme", id.value()));
        if (!access.canReadCity(programme.city())) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
        return programme;
    }
}
