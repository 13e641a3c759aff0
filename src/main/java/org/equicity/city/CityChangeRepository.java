package org.equicity.city;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityChangeRepository extends JpaRepository<CityChange, UUID> {

    List<CityChange> findByCityIdOrderByChangedAtDesc(UUID cityId);
}
