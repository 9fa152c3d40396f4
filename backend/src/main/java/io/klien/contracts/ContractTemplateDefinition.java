package io.klien.contracts;

import org.jspecify.annotations.Nullable;

/** A contract template as a tenant admin edits it: name, service line, Markdown body and the default terms. */
public record ContractTemplateDefinition(String name, @Nullable String serviceLine, String body,
        ContractTerms terms) {
}
