package io.klien.documents;

/** How much of the firm's document storage is in use, in bytes. */
public record DocumentUsage(long usedBytes, long quotaBytes) {
}
