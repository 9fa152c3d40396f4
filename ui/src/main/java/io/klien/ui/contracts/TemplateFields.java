package io.klien.ui.contracts;

import org.jspecify.annotations.Nullable;

/** The template editor's inputs besides the default terms. */
@SuppressWarnings("NullAway")
public class TemplateFields {

    private String name = "";
    private String serviceLine = "";
    private String body = "";

    public String getName() { return name; }
    public void setName(@Nullable String v) { name = v == null ? "" : v; }
    public String getServiceLine() { return serviceLine; }
    public void setServiceLine(@Nullable String v) { serviceLine = v == null ? "" : v; }
    public String getBody() { return body; }
    public void setBody(@Nullable String v) { body = v == null ? "" : v; }
}
