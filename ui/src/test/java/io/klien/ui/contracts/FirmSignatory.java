package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractView;
import io.klien.contracts.SignatureMark;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.Memberships;
import org.springframework.stereotype.Component;

/**
 * The signed-in member signs as the firm's signatory through the whole ceremony, with the code mailed to them and
 * read from the mail catcher: the only way to sign a contract.
 */
@Component
class FirmSignatory {

    private final ContractSigning signing;
    private final Memberships memberships;
    private final CaughtMailbox mailbox;

    FirmSignatory(ContractSigning signing, Memberships memberships, CaughtMailbox mailbox) {
        this.signing = signing;
        this.memberships = memberships;
        this.mailbox = mailbox;
    }

    ContractView sign(ContractView contract, UUID signatoryId, String typedName) {
        signing.open(contract.id(), signatoryId);
        signing.markRead(contract.id(), signatoryId);
        signing.consent(contract.id(), signatoryId, signing.disclosure(Locale.ENGLISH).version());
        String subject = TenantContext.subject().orElseThrow();
        String email = memberships.activeMembershipOf(subject).orElseThrow().email();
        Instant asked = Instant.now().minusSeconds(1);
        signing.requestCode(contract.id(), signatoryId);
        String text = mailbox.awaitMailTo(email, asked, Duration.ofSeconds(20)).text();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        assertThat(code.find()).as("a six-digit code in: " + text).isTrue();
        signing.verifyCode(contract.id(), signatoryId, code.group(1));
        return signing.sign(contract.id(), signatoryId, SignatureMark.typed(typedName));
    }
}
