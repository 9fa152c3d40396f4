package io.klien.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a signatory through the whole signing ceremony, each step in its own transaction as the signing page does:
 * open, read to the end, consent, request a code, confirm it, sign with a typed name. Tests that are not about the
 * code itself use a code they know: the one mailed is replaced in the database by {@link #CODE} (ContractSigningTests
 * read the real one from the mail). There is no other way to sign a contract.
 */
public final class SigningFixture {

    static final String CODE = "135790";

    private final ContractSigning signing;
    private final Memberships memberships;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SigningFixture(ContractSigning signing, Memberships memberships, JdbcTemplate jdbc,
            TransactionTemplate tx) {
        this.signing = signing;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A client user of the firm's client, signed in with the given email (the one a signatory row carries). */
    public Scope clientUser(UUID firm, UUID clientId, String email, String name) {
        String subject = "client-" + UUID.randomUUID();
        TenantContext.callIn(Scope.system(firm), () -> tx.execute(status -> memberships.add(new NewMember(subject,
                email, name, FirmRole.CLIENT, clientId, MembershipStatus.ACTIVE))));
        return Scope.member(firm, subject, "CLIENT", clientId, false);
    }

    /** Signs for the signatory as the signed-in person; refusals of any step reach the caller unchanged. */
    public ContractView sign(Scope who, UUID contractId, UUID signatoryId, String typedName) {
        step(who, () -> signing.open(contractId, signatoryId));
        step(who, () -> signing.markRead(contractId, signatoryId));
        step(who, () -> signing.consent(contractId, signatoryId, signing.disclosure(Locale.ENGLISH).version()));
        step(who, () -> signing.requestCode(contractId, signatoryId));
        step(who, () -> {
            UUID codeId = jdbc.queryForObject("select id from contract_signing_code where signatory_id = ?"
                    + " order by created_at desc limit 1", UUID.class, signatoryId);
            return jdbc.update("update contract_signing_code set code_hash = ? where id = ?",
                    sha256(codeId + ":" + CODE), codeId);
        });
        step(who, () -> signing.verifyCode(contractId, signatoryId, CODE));
        return step(who, () -> signing.sign(contractId, signatoryId, SignatureMark.typed(typedName)));
    }

    private <T> T step(Scope who, Supplier<T> work) {
        return TenantContext.callIn(who, () -> tx.execute(status -> work.get()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
