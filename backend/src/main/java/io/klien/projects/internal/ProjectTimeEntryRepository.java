package io.klien.projects.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectTimeEntryRepository extends JpaRepository<ProjectTimeEntry, UUID> {

    List<ProjectTimeEntry> findByProjectIdAndWorkDateBetweenOrderByWorkDateAscIdAsc(UUID projectId, LocalDate from,
            LocalDate to);

    @Query("select coalesce(sum(e.minutes), 0) from ProjectTimeEntry e"
            + " where e.memberSubject = :subject and e.workDate = :day")
    long minutesOf(String subject, LocalDate day);
}
