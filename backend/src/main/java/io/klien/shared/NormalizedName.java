package io.klien.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A name reduced for duplicate detection: no case, accents, punctuation or legal-form words, so "PT Maju Jaya" and
 * "Maju Jaya, PT." compare equal. The Liquibase backfill of clients-20261122-2 mirrors this in SQL. Compared as
 * {@link #words sets of words}, word order does not count either: "Jaya Maju" has the words of "PT Maju Jaya".
 */
public final class NormalizedName {

    /** Legal-form words dropped wherever they stand in the name. */
    public static final Set<String> LEGAL_FORMS = Set.of("pt", "cv", "tbk", "persero", "ud", "ltd", "limited", "llc",
            "llp", "plc", "gmbh", "ag", "kg", "inc", "incorporated", "corp", "corporation", "sa", "sarl", "bv", "nv",
            "pte", "pty", "srl", "spa");

    private NormalizedName() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT).replaceAll("[.']", "").replaceAll("[^a-z0-9]+", " ").strip();
        String withoutForms = Arrays.stream(plain.split(" ")).filter(t -> !t.isEmpty() && !LEGAL_FORMS.contains(t))
                .collect(Collectors.joining(" "));
        return withoutForms.isEmpty() ? plain : withoutForms;
    }

    /** The distinct words of the normalised name, sorted: names with the same words in any order share them. */
    public static SortedSet<String> words(String name) {
        String normalized = of(name);
        return normalized.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(normalized.split(" ")));
    }

    /** Whether the two names have the same words once case, accents, punctuation, legal forms and order are ignored. */
    public static boolean sameWords(String one, String other) {
        SortedSet<String> a = words(one);
        return !a.isEmpty() && a.equals(words(other));
    }
}
