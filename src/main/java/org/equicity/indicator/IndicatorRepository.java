package org.equicity.indicator;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, UUID> {

    @Query("select i from Indicator i where i.cityId = ?1 order by i.name")
    List<Indicator> ofCity(UUID city);

    @Query("select i from Indicator i where i.planId = ?1 order by i.name")
    List<Indicator> ofPlan(UUID plan);
}
