package org.equicity.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityReportRepository extends JpaRepository<CityReport, UUID> {

    Optional<CityReport> findByCycleIdAndCityId(UUID cycleId, UUID cityId);

    List<CityReport> findByCycleId(UUID cycleId);

    List<CityReport> findByCityId(UUID cityId);

    List<CityReport> findByStatus(ReportStatus status);
}
