package io.klien.projects.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessHolidayRepository extends JpaRepository<BusinessHoliday, UUID> {
}
