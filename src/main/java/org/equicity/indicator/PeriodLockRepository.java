package org.equicity.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodLockRepository extends JpaRepository<PeriodLock, UUID> {

    @Query("select l from PeriodLock l where l.indicatorId in ?1")
    List<PeriodLock> ofIndicators(Collection<UUID> indicators);

    @Query("select l from PeriodLock l where l.indicatorId = ?1 and l.period = ?2")
    Optional<PeriodLock> find(UUID indicator, String period);
}
