package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BusinessHoursRepository extends JpaRepository<BusinessHoursSetting, UUID> {

    @Query("select h from BusinessHoursSetting h")
    Optional<BusinessHoursSetting> findOfFirm();

    @Query("select h from BusinessHoliday h order by h.day")
    List<BusinessHoliday> holidays();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from BusinessHoliday h")
    int deleteHolidays();
}
