package org.equicity.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, UUID> {

    List<ReviewAssignment> findByPracticeIdOrderByAssignedAt(UUID practiceId);

    List<ReviewAssignment> findByNetworkId(UUID networkId);

    List<ReviewAssignment> findByReviewerIdOrderByAssignedAtDesc(UUID reviewerId);

    boolean existsByPracticeIdAndReviewerId(UUID practiceId, UUID reviewerId);
}
