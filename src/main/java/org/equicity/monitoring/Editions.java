package org.equicity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * "Carry out the regular monitoring": the next edition starts from the previous one with the same content (kind,
 * decision, topics, indicators), the same steering group (its mandate and the members still in it, who keep the
 * day they joined) and the same information requests, prepared again with their questions and addressees and a
 * deadline one cycle later, for the coordinators to improve and send.
 */
@Component
class Editions {

    private final ProgrammeRepository programmes;
    private final SteeringMemberRepository members;
    private final InformationRequestRepository requests;
    private final RequestRecipientRepository recipients;

    Editions(
            ProgrammeRepository programmes,
            SteeringMemberRepository members,
            InformationRequestRepository requests,
            RequestRecipientRepository recipients) {
        this.programmes = programmes;
        this.members = members;
        this.requests = requests;
        this.recipients = recipients;
    }

    ProgrammeId startNext(Programme previous, LocalDate today, Instant now) {
        if (programmes.existsByPreviousId(previous.id().value())) {
            throw RuleViolationException.about("edition", "monitoring.rule.next-edition-exists");
        }
        var next = programmes.save(previous.nextEdition(now));
        members.findByProgrammeIdOrderByJoinedOnAscNameAsc(previous.id().value()).stream()
                .map(SteeringMember::view)
                .filter(member -> member.activeOn(today))
                .forEach(member -> members.save(new SteeringMember(
                        next.id(),
                        new Appointment(
                                member.name(),
                                member.organisation(),
                                member.role(),
                                member.actorGroup(),
                                member.joinedOn(),
                                null))));
        var years = previous.cycle() == Cycle.YEARLY ? 1 : 2;
        for (var request :
                requests.findByProgrammeIdOrderByDeadlineDesc(previous.id().value())) {
            var deadline = request.deadline().plusYears(years);
            var addressees = recipients.findByRequestId(request.id().value()).stream()
                    .map(recipient ->
                            new Addressee(recipient.department(), recipient.contactName(), recipient.contactEmail()))
                    .toList();
            var copy = requests.save(new InformationRequest(
                    next,
                    new RequestContent(
                            request.title(),
                            request.questions(),
                            deadline.isAfter(today) ? deadline : today.plusMonths(1),
                            addressees)));
            addressees.forEach(addressee -> recipients.save(new RequestRecipient(copy, addressee)));
        }
        return next.id();
    }
}
