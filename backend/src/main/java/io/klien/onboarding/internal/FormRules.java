package io.klien.onboarding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.klien.onboarding.FieldProblem;
import io.klien.onboarding.FieldType;
import io.klien.onboarding.FormField;
import io.klien.onboarding.FormRejected;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;

/**
 * Checks the answers to an intake form. A submission must satisfy every field (required, type, choices, limits);
 * a draft may be incomplete but still holds only the form's fields, within their length limits.
 */
final class FormRules {

    static final int MAX_VALUES = 100;
    static final int TEXT_LIMIT = 500;
    static final int LONG_TEXT_LIMIT = 10_000;

    private FormRules() {
    }

    /** The answers, cleaned (trimmed; emails lower-cased; yes/no as true/false; choices as the option reads). */
    static Map<String, List<String>> submitted(List<FormField> fields, Map<String, List<String>> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, List<String>> values = known(fields, answers, problems);
        Map<String, List<String>> clean = new LinkedHashMap<>();
        for (FormField field : fields) {
            List<String> given = values.getOrDefault(field.key(), List.of());
            List<String> checked = new ArrayList<>();
            Optional<FieldProblem> problem = shape(field, given);
            if (problem.isEmpty() && field.required() && given.isEmpty()) {
                problem = Optional.of(problem(field, "onboarding.form.required"));
            }
            for (int i = 0; problem.isEmpty() && i < given.size(); i++) {
                try {
                    checked.add(value(field, given.get(i)));
                } catch (DomainException e) {
                    problem = Optional.of(new FieldProblem(field.key(), e.messageKey(), withLabel(field, e.arguments())));
                }
            }
            problem.ifPresentOrElse(problems::add, () -> {
                if (!checked.isEmpty()) {
                    clean.put(field.key(), checked.stream().distinct().toList());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new FormRejected(problems);
        }
        return clean;
    }

    /** The answers of a draft, trimmed: only fields of the form, within their limits; anything may be missing. */
    static Map<String, List<String>> draft(List<FormField> fields, Map<String, List<String>> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, List<String>> values = known(fields, answers, problems);
        for (FormField field : fields) {
            List<String> given = values.getOrDefault(field.key(), List.of());
            if (given.size() > MAX_VALUES) {
                problems.add(problem(field, "onboarding.form.too-many-values", MAX_VALUES));
            } else if (given.stream().anyMatch(v -> v.length() > limit(field))) {
                problems.add(problem(field, "onboarding.form.too-long", limit(field)));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormRejected(problems);
        }
        return values;
    }

    /** Trimmed, non-blank values of the form's fields; answers to fields the form does not have are problems. */
    private static Map<String, List<String>> known(List<FormField> fields, Map<String, List<String>> answers,
            List<FieldProblem> problems) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        answers.forEach((key, given) -> {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                problems.add(new FieldProblem(String.valueOf(key), "onboarding.form.unknown-field",
                        List.of(String.valueOf(key))));
                return;
            }
            List<String> clean = given == null ? List.of() : given.stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!clean.isEmpty()) {
                values.put(key, clean);
            }
        });
        return values;
    }

    private static Optional<FieldProblem> shape(FormField field, List<String> given) {
        if (given.size() > MAX_VALUES) {
            return Optional.of(problem(field, "onboarding.form.too-many-values", MAX_VALUES));
        }
        if (given.size() > 1 && field.type() != FieldType.MULTI_CHOICE && field.type() != FieldType.FILE) {
            return Optional.of(problem(field, "onboarding.form.single-value"));
        }
        return Optional.empty();
    }

    private static String value(FormField field, String v) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> {
                if (v.length() > limit(field)) {
                    throw new DomainException("onboarding.form.too-long", limit(field));
                }
                yield v;
            }
            case NUMBER, MONEY -> number(field, v);
            case DATE -> {
                try {
                    yield LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new DomainException("onboarding.form.date");
                }
            }
            case SINGLE_CHOICE, MULTI_CHOICE -> field.options().stream().filter(v::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new DomainException("onboarding.form.choice"));
            case YES_NO -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "ya" -> "true";
                case "false", "no", "tidak" -> "false";
                default -> throw new DomainException("onboarding.form.yes-no");
            };
            case EMAIL -> ContactFormat.email(v, "onboarding.form.email");
            case PHONE -> ContactFormat.phone(v, "onboarding.form.phone");
            case FILE -> {
                try {
                    yield UUID.fromString(v).toString();
                } catch (IllegalArgumentException e) {
                    throw new DomainException("onboarding.form.file");
                }
            }
        };
    }

    private static String number(FormField field, String v) {
        BigDecimal number;
        try {
            number = new BigDecimal(v.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new DomainException(field.type() == FieldType.MONEY ? "onboarding.form.money" : "onboarding.form.number");
        }
        if (field.type() == FieldType.MONEY && (number.signum() < 0 || number.stripTrailingZeros().scale() > 2)) {
            throw new DomainException("onboarding.form.money");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw new DomainException("onboarding.form.min", field.min().toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            throw new DomainException("onboarding.form.max", field.max().toPlainString());
        }
        return number.toPlainString();
    }

    private static int limit(FormField field) {
        if (field.maxLength() != null) {
            return field.maxLength();
        }
        return field.type() == FieldType.TEXT ? TEXT_LIMIT : LONG_TEXT_LIMIT;
    }

    private static FieldProblem problem(FormField field, String key, Object... more) {
        return new FieldProblem(field.key(), key, withLabel(field, more));
    }

    /** The field's label first, then the message's own arguments (a limit; an email rule's value is left out). */
    private static List<Object> withLabel(FormField field, Object[] more) {
        List<Object> args = new ArrayList<>();
        args.add(field.label());
        if (field.type() != FieldType.EMAIL && field.type() != FieldType.PHONE) {
            args.addAll(List.of(more));
        }
        return args;
    }
}
