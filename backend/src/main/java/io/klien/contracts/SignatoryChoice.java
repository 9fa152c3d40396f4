package io.klien.contracts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signatory picked for a contract: a contact of the client, or a member of the firm by subject. */
public record SignatoryChoice(SignatorySide side, @Nullable UUID contactId, @Nullable String memberSubject) {

    public static SignatoryChoice clientContact(UUID contactId) {
        return new SignatoryChoice(SignatorySide.CLIENT, contactId, null);
    }

    public static SignatoryChoice firmMember(String subject) {
        return new SignatoryChoice(SignatorySide.FIRM, null, subject);
    }
}
