package org.equicity.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestRecipientRepository extends JpaRepository<RequestRecipient, UUID> {

    List<RequestRecipient> findByRequestId(UUID requestId);

    List<RequestRecipient> findByRequestIdIn(Collection<UUID> requestIds);
}
