package org.equicity.indicator;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnDimensionVersionRepository extends JpaRepository<OwnDimensionVersion, UUID> {}
