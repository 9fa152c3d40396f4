package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.klien.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Projects is its own module: it reads contracts, clients, documents and the firm, and nothing reads its internals; its
 * entities, repositories and service implementations are package-private in {@code internal}.
 */
class ProjectsModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(BackendTestApplication.class);

    @Test
    void projectsIsItsOwnModuleThatUsesSharedTenancyClientsContractsDocumentsAuditAndNotifications() {
        ApplicationModule projects = modules.getModuleByName("projects").orElseThrow();

        modules.verify();
        assertThat(projects.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "tenancy", "clients", "contracts", "documents", "audit",
                        "notifications");
    }

    @Test
    void nothingInsideTheModuleIsPublicButItsApi() throws Exception {
        for (String name : java.util.List.of("Project", "ProjectMember", "ProjectMilestone", "ProjectTask",
                "ProjectStatusChange", "ProjectRepository", "ProjectTaskRepository", "ProjectService",
                "ProjectPlanService", "ProjectViews", "Deliverable", "DeliverableVersion", "DeliverableComment",
                "DeliverableService", "DeliverableVersionRepository", "ProjectUpdate", "ProjectUpdateService",
                "ProjectFollower", "ProjectTimeEntry", "ProjectUsageService", "QuotaNotices",
                "MilestoneRating", "SatisfactionService", "AcceptanceCertificateService", "AcceptanceCertificatePdf",
                "DeliverableService", "DeliverableVersionRepository", "DiscussionThread", "DiscussionMessage",
                "DiscussionMention", "DiscussionAttachment", "DiscussionReadMark", "DiscussionMailSetting",
                "DiscussionService", "DiscussionNotices", "DiscussionDigest", "DiscussionThreadRepository",
                "SupportRequest", "SupportRequestMessage", "SupportRequestAttachment", "SupportRequestService",
                "SupportRequestRepository", "ServiceLevelTarget", "ServiceLevelService", "BusinessHoursSetting",
                "BusinessHoliday", "BusinessCalendar", "SupportBreachSchedule")) {
            Class<?> type = Class.forName("io.klien.projects.internal." + name);
            assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())).as(name + " is public").isFalse();
        }
    }
}
