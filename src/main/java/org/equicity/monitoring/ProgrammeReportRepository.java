package org.equicity.monitoring;

import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.MonitoringReports.Stage;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeReportRepository extends JpaRepository<ProgrammeReport, UUID> {

    List<ProgrammeReport> findByCityIdAndStageOrderByPublishedAtDesc(UUID cityId, Stage stage);
}
