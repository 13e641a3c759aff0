package org.equicity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<Cycle, UUID> {

    List<Cycle> findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(UUID networkId);

    List<Cycle> findByDeadlineBetween(LocalDate from, LocalDate to);

    @Query("select c from Cycle c where :city member of c.cities order by c.deadline desc")
    List<Cycle> findByParticipant(UUID city);
}
