package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.MeetingId;
import org.equicity.monitoring.Monitoring.MeetingNotes;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.monitoring.Monitoring.SteeringGroup;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * A programme's steering group, for {@link MonitoringService}, which has checked who is asking. A member who resigns
 * is not removed but leaves on a date; a successor is appointed officially, naming the member they succeed, who
 * leaves the day the successor joins if they have not left already (the toolkit: "insist that the successor is
 * again officially appointed in order to maintain the steering group's status").
 */
@Component
class SteeringGroups {

    private final SteeringMemberRepository members;
    private final SteeringMeetingRepository meetings;
    private final Clock clock;

    SteeringGroups(SteeringMemberRepository members, SteeringMeetingRepository meetings, Clock clock) {
        this.members = members;
        this.meetings = meetings;
        this.clock = clock;
    }

    SteeringGroup of(Programme programme, boolean coordinator) {
        var id = programme.id().value();
        return new SteeringGroup(
                programme.id(),
                programme.version(),
                programme.steeringMandate(),
                members.findByProgrammeIdOrderByJoinedOnAscNameAsc(id).stream()
                        .map(SteeringMember::view)
                        .toList(),
                coordinator
                        ? meetings.findByProgrammeIdOrderByHeldOnDesc(id).stream()
                                .map(SteeringMeeting::view)
                                .toList()
                        : List.of(),
                coordinator,
                coordinator);
    }

    MemberId appoint(Programme programme, Appointment appointment) {
        var predecessor = appointment.succeeds();
        if (predecessor != null) {
            var succeeded = member(programme, predecessor, "succeeds");
            if (!succeeded.hasLeft()) {
                succeeded.leave(appointment.joinedOn());
            }
        }
        return members.save(new SteeringMember(programme.id(), appointment))
                .view()
                .id();
    }

    void recordDeparture(Programme programme, MemberId member, LocalDate leftOn) {
        member(programme, member, "member").leave(leftOn);
    }

    MeetingId recordMeeting(Programme programme, MeetingNotes notes) {
        if (notes.heldOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.about("heldOn", "monitoring.rule.meeting-in-future");
        }
        return meetings.save(new SteeringMeeting(programme.id(), notes, clock.instant()))
                .id();
    }

    /** The member of this programme's steering group; another programme's or an unknown one is refused. */
    private SteeringMember member(Programme programme, MemberId id, String field) {
        return members.findById(id.value())
                .filter(member -> member.programmeId().equals(programme.id().value()))
                .orElseThrow(() -> RuleViolationException.about(field, "monitoring.rule.foreign-member", field));
    }
}
