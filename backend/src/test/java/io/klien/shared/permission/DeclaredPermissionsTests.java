package io.klien.shared.permission;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.Clients;
import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttributeSourceAdvisor;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Declared permissions are checked on the service's proxy against the active membership, before a transaction
 * opens, and refuse as {@link TenantContext#requireRole} always did.
 */
@SpringBootTest
class DeclaredPermissionsTests {

    /** A service as the modules write them: a class rule, a method that differs, a method open on purpose. */
    @Transactional
    @FirmRoles(TENANT_ADMIN)
    static class Probe {

        public boolean adminWork() {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @FirmRoles({TENANT_ADMIN, STAFF})
        public boolean staffWork() {
            return true;
        }

        @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
        public boolean anyMembersWork() {
            return true;
        }

        @OpenOnPurpose(reason = "a test of the open door")
        public boolean openWork() {
            return true;
        }

        @PlatformOperator
        public boolean operatorWork() {
            return true;
        }

        @PlatformOperator
        boolean packagePrivateOperatorWork() {
            return true;
        }
    }

    @TestConfiguration
    static class ProbeConfiguration {

        @Bean
        Probe permissionProbe() {
            return new Probe();
        }
    }

    @Autowired Probe probe;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired CustomFields customFields;
    @Autowired TransactionTemplate tx;
    @Autowired PlatformTransactionManager transactionManager;

    TwoFirms firms;
    final List<String> begunOnThisThread = new ArrayList<>();
    final Thread testThread = Thread.currentThread();
    final TransactionExecutionListener begins = new TransactionExecutionListener() {
        @Override
        public void beforeBegin(TransactionExecution transaction) {
            if (Thread.currentThread() == testThread) {
                begunOnThisThread.add(transaction.getTransactionName());
            }
        }
    };

    @BeforeEach
    void setUp() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ((AbstractPlatformTransactionManager) transactionManager).addListener(begins);
        begunOnThisThread.clear();
    }

    @AfterEach
    void removeListener() {
        ((AbstractPlatformTransactionManager) transactionManager).getTransactionExecutionListeners().remove(begins);
    }

    static <T> T in(Scope scope, Supplier<T> work) {
        return TenantContext.callIn(scope, work);
    }

    Scope clientUserOfA1() {
        return Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
    }

    @Test
    void theClassRuleAdmitsItsRolesAndRefusesOthersAsRequireRoleDid() {
        assertThat(in(firms.adminOfA(), probe::adminWork)).as("runs inside the service's transaction").isTrue();
        assertThatThrownBy(() -> in(firms.staffOfA(), probe::adminWork)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Requires one of TENANT_ADMIN");
        assertThatThrownBy(() -> in(clientUserOfA1(), probe::adminWork)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Requires one of TENANT_ADMIN");
        assertThatThrownBy(probe::adminWork).as("no one acting").isInstanceOf(AccessDeniedException.class)
                .hasMessage("No one is acting");
        assertThat(in(Scope.system(firms.firmA), probe::adminWork)).as("system work always may").isTrue();
        assertThatThrownBy(() -> in(Scope.person("nobody-yet", false), probe::adminWork))
                .as("signed in, no firm chosen").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMethodRuleReplacesTheClassRule() {
        assertThat(in(firms.staffOfA(), probe::staffWork)).isTrue();
        assertThatThrownBy(() -> in(clientUserOfA1(), probe::staffWork)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Requires one of TENANT_ADMIN, STAFF");
        assertThat(in(clientUserOfA1(), probe::anyMembersWork)).isTrue();
        assertThat(probe.openWork()).as("open on purpose, even with no one acting").isTrue();
    }

    @Test
    void platformOperatorWorkNeedsAnOperator() {
        assertThatThrownBy(() -> in(firms.adminOfA(), probe::operatorWork)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Requires a platform operator");
        assertThat(in(Scope.person("operator", true), probe::operatorWork)).isTrue();
        assertThatThrownBy(() -> in(firms.adminOfA(), probe::packagePrivateOperatorWork))
                .as("a method rule holds on package-private methods called from another bean of the package")
                .isInstanceOf(AccessDeniedException.class).hasMessage("Requires a platform operator");
    }

    @Test
    void aRefusedCallOpensNoTransaction() {
        assertThatThrownBy(() -> in(firms.staffOfA(), probe::adminWork)).isInstanceOf(AccessDeniedException.class);
        assertThat(begunOnThisThread).isEmpty();

        in(firms.adminOfA(), probe::adminWork);
        assertThat(begunOnThisThread).as("an admitted call does open one").hasSize(1);
    }

    @Test
    void aRefusedCallOnARealServiceSavesNothing() {
        CustomFieldDefinition definition = new CustomFieldDefinition("Refused " + UUID.randomUUID(),
                CustomFieldType.TEXT, false, List.of());
        assertThatThrownBy(() -> in(firms.staffOfA(), () -> customFields.define(definition)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Requires one of TENANT_ADMIN");
        assertThat(begunOnThisThread).isEmpty();
        assertThat(in(firms.adminOfA(), customFields::fields)).extracting(CustomFieldView::label)
                .doesNotContain(definition.label());

        in(firms.adminOfA(), () -> customFields.define(definition));
        assertThat(in(firms.adminOfA(), customFields::fields)).extracting(CustomFieldView::label)
                .contains(definition.label());
    }

    @Test
    void permissionsAreCheckedOutsideTheTransaction() {
        List<Advisor> advisors = Arrays.asList(((Advised) customFields).getAdvisors());
        int permission = indexOf(advisors, a -> a.getAdvice().getClass().getEnclosingClass() == DeclaredPermissions.class);
        int transaction = indexOf(advisors, a -> a instanceof BeanFactoryTransactionAttributeSourceAdvisor
                || a instanceof TransactionAttributeSourceAdvisor);
        assertThat(permission).isNotNegative();
        assertThat(transaction).isNotNegative();
        assertThat(permission).isLessThan(transaction);
    }

    private static int indexOf(List<Advisor> advisors, java.util.function.Predicate<Advisor> test) {
        for (int i = 0; i < advisors.size(); i++) {
            if (test.test(advisors.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
