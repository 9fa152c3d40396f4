package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.klien.contracts.SignatorySide;
import io.klien.contracts.SignatoryStatus;
import io.klien.contracts.SignatoryView;
import io.klien.contracts.SigningOrder;
import org.junit.jupiter.api.Test;

/** Who is told that a contract was voided: whoever was asked to sign it, and the firm's signatories. */
class ContractVoidedMailerTests {

    static SignatoryView signatory(int position, SignatorySide side, SignatoryStatus status) {
        return new SignatoryView(UUID.randomUUID(), position, side, null, side == SignatorySide.FIRM ? "m" : null,
                "S" + position, "s" + position + "@x.test", status, null, null);
    }

    final SignatoryView signedFirst = signatory(1, SignatorySide.CLIENT, SignatoryStatus.SIGNED);
    final SignatoryView pendingSecond = signatory(2, SignatorySide.CLIENT, SignatoryStatus.PENDING);
    final SignatoryView notYetThird = signatory(3, SignatorySide.CLIENT, SignatoryStatus.PENDING);
    final SignatoryView firmLast = signatory(4, SignatorySide.FIRM, SignatoryStatus.PENDING);
    final List<SignatoryView> all = List.of(signedFirst, pendingSecond, notYetThird, firmLast);

    @Test
    void inParallelEveryoneWasAsked() {
        assertThat(ContractVoidedMailer.invited(SigningOrder.PARALLEL, all)).containsExactlyElementsOf(all);
    }

    @Test
    void inSequenceThoseWhoseTurnCameAndTheFirmsSignatories() {
        assertThat(ContractVoidedMailer.invited(SigningOrder.SEQUENTIAL, all))
                .containsExactly(signedFirst, pendingSecond, firmLast);
    }
}
