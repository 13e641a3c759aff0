package org.equicity.practice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallAnswerRepository extends JpaRepository<CallAnswer, UUID> {

    List<CallAnswer> findByCallIdOrderByAnsweredAt(UUID call);

    List<CallAnswer> findByCallIdInOrderByAnsweredAt(Collection<UUID> calls);

    boolean existsByCallIdAndPracticeId(UUID call, UUID practice);

    boolean existsByCallIdAndCityId(UUID call, UUID city);
}
