package io.klien.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.klien.contracts.ContractSigning;
import io.klien.contracts.ContractView;
import io.klien.contracts.SignatureMark;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.Memberships;
import org.springframework.context.ApplicationContext;

/**
 * The signed-in person (a member as the firm's signatory, a client user as their own contact) signs through the whole
 * ceremony, with the code mailed to them and read from the mail catcher: the only way to sign a contract.
 */
final class FirmSignatory {

    private final ContractSigning signing;
    private final Memberships memberships;
    private final CaughtMailbox mailbox;

    private FirmSignatory(ContractSigning signing, Memberships memberships, CaughtMailbox mailbox) {
        this.signing = signing;
        this.memberships = memberships;
        this.mailbox = mailbox;
    }

    /** Not a bean: test classes are on the class path of the child applications the startup tests launch. */
    static FirmSignatory of(ApplicationContext context) {
        return new FirmSignatory(context.getBean(ContractSigning.class), context.getBean(Memberships.class),
                context.getBean(CaughtMailbox.class));
    }

    ContractView sign(ContractView contract, UUID signatoryId, String typedName) {
        signing.open(contract.id(), signatoryId);
        signing.markRead(contract.id(), signatoryId);
        signing.consent(contract.id(), signatoryId, signing.disclosure(Locale.ENGLISH).version());
        String subject = TenantContext.subject().orElseThrow();
        String email = memberships.activeMembershipOf(subject).orElseThrow().email();
        Instant asked = Instant.now().minusSeconds(1);
        signing.requestCode(contract.id(), signatoryId);
        signing.verifyCode(contract.id(), signatoryId, mailedCode(email, contract.title(), asked));
        return signing.sign(contract.id(), signatoryId, SignatureMark.typed(typedName));
    }

    /** The six digits of the newest code mailed to the address for the contract since {@code asked}. */
    String mailedCode(String email, String title, Instant asked) {
        String text = codeMail(email, title, asked).text();
        Matcher code = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$").matcher(text);
        assertThat(code.find()).as("a six-digit code in: " + text).isTrue();
        return code.group(1);
    }

    /** The code mail for this contract (other mail reaches the same person meanwhile: notifications, invitations). */
    private CaughtMail codeMail(String email, String title, Instant asked) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (CaughtMail mail : mailbox.to(email)) {
                if (!mail.receivedAt().isBefore(asked) && mail.subject().contains("code")
                        && mail.subject().contains(title)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No code mail for \"" + title + "\" reached " + email);
    }
}
