package org.equicity.people;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PendingGrantRepository extends JpaRepository<PendingGrant, UUID> {

    List<PendingGrant> findByPerson(Person person);
}
