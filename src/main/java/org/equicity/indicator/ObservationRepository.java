package org.equicity.indicator;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ObservationRepository extends JpaRepository<Observation, UUID> {

    @Query("select o from Observation o where o.indicatorId = ?1")
    List<Observation> ofIndicator(UUID indicator);

    @Query("select o from Observation o where o.indicatorId in ?1")
    List<Observation> ofIndicators(Collection<UUID> indicators);

    @Query("select o from Observation o where o.indicatorId in ?1 and o.dimension = 'total'")
    List<Observation> totalsOf(Collection<UUID> indicators);

    @Modifying
    @Query("delete from Observation o where o.indicatorId = ?1 and o.period = ?2")
    int deletePeriod(UUID indicator, String period);
}
