package org.equicity.indicator;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorChangeRepository extends JpaRepository<IndicatorChange, UUID> {

    @Query("select c from IndicatorChange c where c.indicatorId = ?1 order by c.at desc")
    List<IndicatorChange> ofIndicator(UUID indicator);
}
