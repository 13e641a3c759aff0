package org.equicity.practice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.PracticeCalls.CallState;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeCallRepository extends JpaRepository<PracticeCall, UUID> {

    List<PracticeCall> findByNetworkIdOrderByDeadlineDesc(UUID network);

    List<PracticeCall> findByNetworkIdInAndStateOrderByDeadlineAsc(Collection<UUID> networks, CallState state);

    List<PracticeCall> findByStateAndDeadlineBetween(CallState state, LocalDate from, LocalDate to);
}
