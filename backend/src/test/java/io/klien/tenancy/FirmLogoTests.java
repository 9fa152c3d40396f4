package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FirmLogoTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
    private static final byte[] EXE_RENAMED_PNG = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;

    @Test
    void anAdminReplacesTheLogoAndTheFirmShowsIt() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);

        TenantView firm = firms.as(firms.adminOfA(), () -> tenants.replaceLogo(PNG));

        assertThat(firm.hasLogo()).isTrue();
        assertThat(firms.as(firms.staffOfA(), tenants::logo)).hasValueSatisfying(logo -> {
            assertThat(logo.contentType()).isEqualTo("image/png");
            assertThat(logo.content()).isEqualTo(PNG);
        });
        assertThat(firms.as(firms.adminOfB(), tenants::logo)).as("firm B has its own (no) logo").isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageOrTooLargeIsRefusedAndTheLogoStays() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        firms.as(firms.adminOfA(), () -> tenants.replaceLogo(PNG));

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> tenants.replaceLogo(EXE_RENAMED_PNG)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.logo.type");
        byte[] tooLarge = new byte[FirmLogo.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, tooLarge, 0, PNG.length);
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> tenants.replaceLogo(tooLarge)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.logo.size");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> tenants.replaceLogo(PNG)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(firms.as(firms.adminOfA(), tenants::logo)).hasValueSatisfying(l -> assertThat(l.content()).isEqualTo(PNG));
    }
}
