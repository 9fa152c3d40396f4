package io.klien.contracts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A part of a milestone-based fee, due when the named work is delivered (or on the date). */
public record Milestone(String title, Money amount, @Nullable LocalDate due) {
}
