package org.equicity.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringMemberRepository extends JpaRepository<SteeringMember, UUID> {

    List<SteeringMember> findByProgrammeIdOrderByJoinedOnAscNameAsc(UUID programmeId);
}
