package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;

import io.klien.shared.DuplicateCandidate;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Finding the firm's clients and contacts: the grid, pickers, global search, duplicate warnings, conflict checks. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ClientSearch {

    /** Every client, by name. */
    Page<ClientView> list(Pageable pageable);

    /** Clients with a name word starting with each typed word (all clients for too short a text), for pickers. */
    Slice<ClientView> search(@Nullable String text, Pageable pageable);

    /**
     * The clients grid: filtered, paged and sorted by the database (sort by any {@link ClientSummary} property,
     * e.g. {@code name}, {@code status}, {@code relationshipStart}; by name when unsorted). A slice, not a page:
     * a lazily scrolled grid needs to know whether more rows follow, not to count every match on each page.
     * Representatives are named by one lookup for the whole page.
     */
    Slice<ClientSummary> list(ClientFilter filter, Pageable pageable);

    /** How many clients match the filter (for a total shown once per filter change, not per page). */
    long count(ClientFilter filter);

    /** Tags in use in the firm (lower-cased) that start with the typed text, alphabetically, for the tag filter. */
    List<String> tags(@Nullable String startingWith, int offset, int limit);

    /**
     * Clients and contacts that look like the given name or email (same email, or same name once case, accents,
     * punctuation and legal forms are ignored). At most a few of each, for a warning.
     */
    List<DuplicateCandidate> possibleDuplicates(String name, @Nullable String email);

    /**
     * Clients with a name word starting with each searched word, names starting with the typed text first; empty for
     * too short a text.
     */
    List<ClientView> findClients(SearchQuery search, int limit);

    /** Contacts with a word of their name or email starting with each searched word, best first. */
    List<ContactView> findContacts(SearchQuery search, int limit);

    /**
     * Clients and contacts whose names have the words of the given name, or whose words are all in it: case, accents,
     * punctuation, legal forms and word order ignored ("Jaya Maju" finds "PT Maju Jaya"). For conflict checks.
     */
    List<DuplicateCandidate> findByNameWords(String name, int limitPerKind);
}
