package org.equicity.practice;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallReminderRepository extends JpaRepository<CallReminder, CallReminder.Key> {

    boolean existsByCallIdAndCityId(UUID call, UUID city);
}
