package org.equicity.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.InformationRequests.State;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {

    List<InformationRequest> findByProgrammeIdOrderByDeadlineDesc(UUID programmeId);

    List<InformationRequest> findByCityIdAndStateOrderByDeadlineDesc(UUID cityId, State state);

    List<InformationRequest> findByCityIdOrderByDeadlineDesc(UUID cityId);

    List<InformationRequest> findByStateAndDeadlineBetween(State state, LocalDate from, LocalDate to);
}
