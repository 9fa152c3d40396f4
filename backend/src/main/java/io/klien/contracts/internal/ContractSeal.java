package io.klien.contracts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.klien.contracts.SealRecord;
import io.klien.contracts.SignedBy;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A contract Klien sealed: which key, the code printed on it, and the hashes of what was signed and sealed. */
@Entity
@Table(name = "contract_seal")
class ContractSeal extends TenantOwnedEntity {

    @Column(name = "key_id", updatable = false)
    private UUID keyId;
    @Column(name = "verification_code", updatable = false)
    private String verificationCode;
    @Column(name = "contract_title", updatable = false)
    private String contractTitle;
    @Column(name = "document_sha256", updatable = false)
    private String documentSha256;
    @Column(name = "sealed_sha256", updatable = false)
    private String sealedSha256;
    @Column(name = "sealed_at", updatable = false)
    private Instant sealedAt;
    /** One signatory a line: name, party and the signing instant, separated by tabs (which names cannot hold). */
    @Column(updatable = false)
    private String signatories;

    protected ContractSeal() {
        this.keyId = new UUID(0, 0);
        this.verificationCode = "";
        this.contractTitle = "";
        this.documentSha256 = "";
        this.sealedSha256 = "";
        this.sealedAt = Instant.EPOCH;
        this.signatories = "";
    }

    static ContractSeal record(UUID keyId, String verificationCode, String contractTitle, String documentSha256,
            String sealedSha256, Instant sealedAt, List<SignedBy> signatories) {
        ContractSeal seal = new ContractSeal();
        seal.keyId = keyId;
        seal.verificationCode = verificationCode;
        seal.contractTitle = contractTitle;
        seal.documentSha256 = documentSha256;
        seal.sealedSha256 = sealedSha256;
        seal.sealedAt = sealedAt;
        StringBuilder lines = new StringBuilder();
        for (SignedBy s : signatories) {
            lines.append(oneLine(s.name())).append('\t').append(oneLine(s.party())).append('\t').append(s.signedAt()).append('\n');
        }
        seal.signatories = lines.toString();
        return seal;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ");
    }

    UUID keyId() {
        return keyId;
    }

    String sealedSha256() {
        return sealedSha256;
    }

    SealRecord toRecord() {
        List<SignedBy> signed = new ArrayList<>();
        for (String line : signatories.split("\n")) {
            if (!line.isEmpty()) {
                String[] fields = line.split("\t", 3);
                signed.add(new SignedBy(fields[0], fields[1], Instant.parse(fields[2])));
            }
        }
        return new SealRecord(verificationCode, sealedAt, documentSha256, sealedSha256, signed);
    }
}
