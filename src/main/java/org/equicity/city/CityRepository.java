package org.equicity.city;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, UUID> {

    Optional<City> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
