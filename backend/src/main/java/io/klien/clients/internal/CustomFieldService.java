package io.klien.clients.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.clients.CustomValueRejected;
import io.klien.clients.CustomValueView;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CustomFieldService implements CustomFields {

    private static final int LABEL_MAX = 100;
    private static final int OPTION_MAX = 100;
    private static final int OPTIONS_MAX = 50;
    private static final int KEY_MAX = 50;
    private static final TextInput LABEL = TextInput.forField("label", "clients.custom-field.label.too-long");
    private static final TextInput OPTION = TextInput.forField("options", "clients.custom-field.option.too-long");

    private final ClientCustomFieldRepository fields;
    private final ClientCustomValueRepository values;

    CustomFieldService(ClientCustomFieldRepository fields, ClientCustomValueRepository values) {
        this.fields = fields;
        this.values = values;
    }

    // ---- definitions (tenant admins) ----

    @Override
    @Transactional(readOnly = true)
    public List<CustomFieldView> fields() {
        Map<UUID, Long> usage = values.usage().stream()
                .collect(Collectors.toMap(CustomFieldUsage::fieldId, CustomFieldUsage::clients));
        return fields.findAllByOrderByPositionAsc().stream().map(f -> f.toView(usage.getOrDefault(f.id(), 0L))).toList();
    }

    @Override
    public CustomFieldView define(CustomFieldDefinition definition) {
        List<ClientCustomField> existing = fields.findAllByOrderByPositionAsc();
        if (existing.size() >= MAX_FIELDS) {
            throw new DomainException("clients.custom-field.too-many", MAX_FIELDS);
        }
        String label = label(definition.label(), null);
        CustomFieldType type = type(definition);
        int position = existing.stream().mapToInt(ClientCustomField::position).max().orElse(0) + 1;
        ClientCustomField field = fields.save(ClientCustomField.define(newKey(label), label, type, definition.required(),
                options(type, definition.options()), position));
        return flushed(field, 0);
    }

    @Override
    public CustomFieldView change(UUID fieldId, long expectedVersion, CustomFieldDefinition definition) {
        ClientCustomField field = field(fieldId);
        if (field.version() != expectedVersion) {
            throw new DomainException("clients.custom-field.stale");
        }
        String label = label(definition.label(), fieldId);
        CustomFieldType type = type(definition);
        List<String> options = options(type, definition.options());
        long used = values.countByFieldId(fieldId);
        if (type != field.type() && used > 0) {
            throw DomainException.onField("type", "clients.custom-field.type.locked", field.label(), used);
        }
        for (String option : field.options()) {
            if (!options.contains(option) && values.existsByFieldIdAndText(fieldId, option)) {
                throw DomainException.onField("options", "clients.custom-field.option.in-use", option);
            }
        }
        field.change(label, type, definition.required(), options);
        return flushed(field, used);
    }

    @Override
    public List<CustomFieldView> reorder(List<UUID> fieldIds) {
        List<ClientCustomField> existing = fields.findAllByOrderByPositionAsc();
        if (fieldIds.size() != existing.size() || fieldIds.stream().distinct().count() != existing.size()
                || !existing.stream().map(ClientCustomField::id).allMatch(fieldIds::contains)) {
            throw new DomainException("clients.custom-field.order.incomplete");
        }
        existing.forEach(f -> f.moveTo(fieldIds.indexOf(f.id()) + 1));
        fields.flush();
        return fields();
    }

    @Override
    public CustomFieldView archive(UUID fieldId) {
        ClientCustomField field = field(fieldId);
        field.archive();
        return flushed(field, values.countByFieldId(fieldId));
    }

    @Override
    public CustomFieldView restore(UUID fieldId) {
        ClientCustomField field = field(fieldId);
        field.restore();
        return flushed(field, values.countByFieldId(fieldId));
    }

    // ---- values (staff) ----

    @Override
    @Transactional(readOnly = true)
    public List<CustomValueView> values(UUID clientId) {
        Map<UUID, String> stored = values.findByClientId(clientId).stream()
                .collect(Collectors.toMap(ClientCustomValue::fieldId, ClientCustomValue::text));
        return fields.findByArchivedFalseOrderByPositionAsc().stream().map(f -> new CustomValueView(f.key(), f.label(),
                f.type(), f.required(), f.options(), stored.get(f.id()))).toList();
    }

    /**
     * Puts the client's values in place (keys of active fields; a blank value clears one) and checks that every
     * active required field has a value. Runs in the caller's transaction, after its permission and version checks.
     * Returns the values it changed (as {@code custom.<key>}).
     */
    List<FieldChange> applyValues(UUID clientId, Map<String, @Nullable String> changes) {
        List<ClientCustomField> active = fields.findByArchivedFalseOrderByPositionAsc();
        for (String key : changes.keySet()) {
            if (active.stream().noneMatch(f -> f.key().equals(key))) {
                throw new CustomValueRejected(key, "clients.custom-value.field.unknown", key);
            }
        }
        Map<UUID, ClientCustomValue> current = values.findByClientId(clientId).stream()
                .collect(Collectors.toMap(ClientCustomValue::fieldId, Function.identity()));
        List<FieldChange> applied = new ArrayList<>();
        for (ClientCustomField field : active) {
            ClientCustomValue value = current.get(field.id());
            String before = value == null ? null : value.text();
            String after = changes.containsKey(field.key()) ? field.storedFormOf(changes.get(field.key())) : before;
            field.checkPresent(after);
            if (Objects.equals(before, after)) {
                continue;
            }
            applied.add(new FieldChange("custom." + field.key(), before, after));
            if (after == null) {
                values.delete(value);
            } else if (value == null) {
                values.save(ClientCustomValue.of(clientId, field.id(), after));
            } else {
                value.change(after);
            }
        }
        values.flush();
        return applied;
    }

    /** A merged duplicate's values go to the survivor where it has none; the survivor's own values win. */
    void mergeValues(UUID duplicateId, UUID survivorId) {
        values.moveMissing(duplicateId, survivorId);
        values.deleteAllOf(duplicateId);
    }

    // ---- helpers ----

    private ClientCustomField field(UUID fieldId) {
        return fields.findById(fieldId).orElseThrow(() -> new DomainException("clients.custom-field.not-found"));
    }

    private CustomFieldView flushed(ClientCustomField field, long clientsWithValue) {
        try {
            fields.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("clients.custom-field.stale");
        } catch (DataIntegrityViolationException e) {
            // two admins adding the same label at once: the unique index decides
            throw DomainException.onField("label", "clients.custom-field.label.duplicate", field.label());
        }
        return field.toView(clientsWithValue);
    }

    private String label(@Nullable String text, @Nullable UUID fieldId) {
        String label = LABEL.required(text, "clients.custom-field.label.required", LABEL_MAX);
        if (fieldId == null ? fields.existsByLabelIgnoreCase(label) : fields.existsByLabelIgnoreCaseAndIdNot(label, fieldId)) {
            throw DomainException.onField("label", "clients.custom-field.label.duplicate", label);
        }
        return label;
    }

    private static CustomFieldType type(CustomFieldDefinition definition) {
        if (definition.type() == null) {
            throw DomainException.onField("type", "clients.custom-field.type.required");
        }
        return definition.type();
    }

    private static List<String> options(CustomFieldType type, @Nullable List<String> given) {
        if (type != CustomFieldType.SINGLE_CHOICE) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String text : given == null ? List.<String>of() : given) {
            String option = OPTION.optional(text, OPTION_MAX);
            if (option != null) {
                if (options.stream().anyMatch(option::equalsIgnoreCase)) {
                    throw DomainException.onField("options", "clients.custom-field.option.duplicate", option);
                }
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            throw DomainException.onField("options", "clients.custom-field.options.required");
        }
        if (options.size() > OPTIONS_MAX) {
            throw DomainException.onField("options", "clients.custom-field.options.too-many", OPTIONS_MAX);
        }
        return options;
    }

    /** A stable identifier for imports, exports and integrations: the label in lower-case ASCII words. */
    private String newKey(String label) {
        String words = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String base = words.isEmpty() || !Character.isLetter(words.charAt(0)) ? "field_" + words : words;
        base = base.substring(0, Math.min(base.length(), KEY_MAX)).replaceAll("_+$", "");
        String key = base;
        for (int n = 2; fields.existsByKey(key); n++) {
            key = base + "_" + n;
        }
        return key;
    }
}
