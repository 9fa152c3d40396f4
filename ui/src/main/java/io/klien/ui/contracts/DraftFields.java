package io.klien.ui.contracts;

import java.time.LocalDate;

import io.klien.contracts.SigningOrder;
import org.jspecify.annotations.Nullable;

/** The drafting form's own inputs besides the terms: title, signing order and the signing deadline. */
@SuppressWarnings("NullAway")
public class DraftFields {

    private String title = "";
    private @Nullable SigningOrder signingOrder = SigningOrder.PARALLEL;
    private @Nullable LocalDate expiresOn;

    public String getTitle() { return title; }
    public void setTitle(@Nullable String v) { title = v == null ? "" : v; }
    public @Nullable SigningOrder getSigningOrder() { return signingOrder; }
    public void setSigningOrder(@Nullable SigningOrder v) { signingOrder = v; }
    public @Nullable LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(@Nullable LocalDate v) { expiresOn = v; }
}
