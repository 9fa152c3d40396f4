package io.klien.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** Criteria predicates over {@link SearchTerm}: "the record has a word starting with each searched word". */
public final class SearchTerms {

    private SearchTerms() {
    }

    /**
     * Every word must begin one of the record's terms of this kind. An empty word list matches nothing (the person
     * typed only punctuation).
     */
    public static Predicate matchAll(Expression<UUID> recordId, SearchKind kind, List<String> words,
            AbstractQuery<?> query, CriteriaBuilder cb) {
        if (words.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> each = new ArrayList<>();
        for (String word : words) {
            Subquery<UUID> ids = query.subquery(UUID.class);
            Root<SearchTerm> term = ids.from(SearchTerm.class);
            // A range, not LIKE: text comparison on the C-collated column is leakproof, so it reaches the index.
            ids.select(term.get("entityId")).where(
                    cb.equal(term.get("kind"), kind.name()),
                    cb.greaterThanOrEqualTo(term.get("term"), word),
                    cb.lessThan(term.get("term"), endOfPrefix(word)));
            each.add(recordId.in(ids));
        }
        return cb.and(each.toArray(Predicate[]::new));
    }

    /** The record has this exact term (compared after PostgreSQL lower-cases it), e.g. a tag. */
    public static Predicate hasTerm(Expression<UUID> recordId, SearchKind kind, String exactTerm,
            AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<UUID> ids = query.subquery(UUID.class);
        Root<SearchTerm> term = ids.from(SearchTerm.class);
        ids.select(term.get("entityId")).where(
                cb.equal(term.get("kind"), kind.name()),
                cb.equal(term.get("term"), cb.lower(cb.literal(exactTerm))));
        return recordId.in(ids);
    }

    /**
     * At most {@code limit} records of the type matching the search, those whose {@code rankedBy} attribute starts
     * with the typed text first, then by that attribute.
     */
    public static <T> List<T> best(EntityManager em, Class<T> type, SearchKind kind, SearchQuery search,
            String rankedBy, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Expression<String> ranked = root.get(rankedBy);
        query.select(root)
                .where(matchAll(root.get("id"), kind, search.words(), query, cb))
                .orderBy(cb.asc(cb.selectCase()
                                .when(cb.like(cb.lower(ranked), search.startsWithPattern(), '\\'), 0)
                                .otherwise(1)),
                        cb.asc(ranked));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** The smallest string greater than every string that starts with the prefix (code point order = C order). */
    public static String endOfPrefix(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        int next = last + 1;
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1;
        }
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        if (next > Character.MAX_CODE_POINT) {
            return head.isEmpty() ? prefix + Character.toString(Character.MAX_CODE_POINT) : endOfPrefix(head);
        }
        return head + Character.toString(next);
    }
}
