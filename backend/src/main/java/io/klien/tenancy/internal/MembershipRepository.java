package io.klien.tenancy.internal;

import java.util.Optional;
import java.util.UUID;

import io.klien.shared.FirmRole;
import io.klien.tenancy.MembershipStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findBySubject(String subject);

    /** Pending invitations first, the latest sent at the top (who has not joined yet), then everyone by name. */
    @Query(value = """
            select m from Membership m
            order by case when m.status = io.klien.tenancy.MembershipStatus.INVITED then 0 else 1 end,
                case when m.status = io.klien.tenancy.MembershipStatus.INVITED then m.updatedAt end desc nulls last,
                m.displayName, m.id""",
            countQuery = "select count(m) from Membership m")
    Page<Membership> findAllPendingFirst(Pageable pageable);

    long countByRoleAndStatus(FirmRole role, MembershipStatus status);

    java.util.List<Membership> findBySubjectInAndRoleInAndStatus(java.util.Collection<String> subjects,
            java.util.Collection<FirmRole> roles, MembershipStatus status);

    java.util.List<Membership> findByRoleInAndStatusOrderByDisplayNameAsc(java.util.Collection<FirmRole> roles, MembershipStatus status);

    java.util.List<Membership> findByRoleAndStatusAndClientIdInOrderByDisplayNameAsc(FirmRole role, MembershipStatus status,
            java.util.Collection<UUID> clientIds);

    boolean existsByEmailIgnoreCaseAndStatusNot(String email, io.klien.tenancy.MembershipStatus status);

    /** Subject and display name of the members with the given subjects. */
    @Query("select m.subject, m.displayName from Membership m where m.subject in :subjects")
    java.util.List<Object[]> findNames(java.util.Collection<String> subjects);

    @Modifying
    @Query("update Membership m set m.clientId = :survivor where m.clientId = :merged")
    int moveClientUsers(UUID merged, UUID survivor);
}
