package org.equicity.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringMeetingRepository extends JpaRepository<SteeringMeeting, UUID> {

    List<SteeringMeeting> findByProgrammeIdOrderByHeldOnDesc(UUID programmeId);
}
