package org.equicity.city;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, UUID> {}
