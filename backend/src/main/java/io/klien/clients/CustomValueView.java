package io.klien.clients;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One active custom field with a client's value in its stored form: numbers as plain decimals ({@code 1250.5}),
 * dates as ISO ({@code 2026-11-22}), yes/no as {@code true}/{@code false}, a choice as the option's text.
 */
public record CustomValueView(String key, String label, CustomFieldType type, boolean required, List<String> options,
        @Nullable String value) {
}
