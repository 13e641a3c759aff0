package org.equicity.report;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<Cycle, UUID> {

    List<Cycle> findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(UUID networkId);

    @Query("select c from Cycle c where :city member of c.cities order by c.deadline desc")
    List<Cycle> findByParticipant(UUID city);
}
