package org.equicity.monitoring;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerAttachmentFileRepository extends JpaRepository<AnswerAttachmentFile, UUID> {}
