package io.klien.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code klien.documents.*}: the storage each firm may use for documents ({@code tenant-quota}, e.g. 2GB). */
@ConfigurationProperties("klien.documents")
record DocumentsProperties(@DefaultValue("2GB") DataSize tenantQuota) {

    public DocumentsProperties {
        if (tenantQuota.toBytes() <= 0) {
            throw new IllegalArgumentException("klien.documents.tenant-quota must be positive");
        }
    }
}
