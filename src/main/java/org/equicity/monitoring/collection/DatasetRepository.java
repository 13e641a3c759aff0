package org.equicity.monitoring.collection;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DatasetRepository extends JpaRepository<Dataset, UUID> {

    List<Dataset> findByProgrammeIdOrderByCreatedOnAscTitleAsc(UUID programmeId);

    List<Dataset> findByCityIdOrderByCreatedOnAscTitleAsc(UUID cityId);
}
