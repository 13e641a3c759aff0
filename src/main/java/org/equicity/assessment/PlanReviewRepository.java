package org.equicity.assessment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReviewRepository extends JpaRepository<PlanReview, UUID> {}
