package org.equicity.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    List<Submission> findByReportIdOrderByNumber(UUID reportId);

    Optional<Submission> findByReportIdAndNumber(UUID reportId, int number);
}
