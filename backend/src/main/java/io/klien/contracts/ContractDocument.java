package io.klien.contracts;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A contract ready to be sealed: its body in Markdown (rendered as text: raw HTML is printed, never interpreted, and
 * images are not fetched), who it is between, who signed it and what happened on the way.
 *
 * @param locale language of the page numbers, signature captions and certificate page
 * @param zone the firm's time zone; the certificate page shows every time in it and in UTC
 */
public record ContractDocument(String title, String firmName, Locale locale, ZoneId zone, String markdownBody,
        List<ContractParty> parties, List<Signatory> signatories, List<SigningEvent> events) {

    public ContractDocument {
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
        events = List.copyOf(events);
    }
}
