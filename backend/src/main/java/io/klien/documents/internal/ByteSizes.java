package io.klien.documents.internal;

/** Sizes for messages, rounded up so a limit never reads smaller than it is: 512 KB, 20 MB, 2 GB. */
final class ByteSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private ByteSizes() {
    }

    public static String text(long bytes) {
        if (bytes >= GB && bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes >= MB) {
            return ceil(bytes, MB) + " MB";
        }
        return ceil(Math.max(bytes, 0), KB) + " KB";
    }

    private static long ceil(long bytes, long unit) {
        return (bytes + unit - 1) / unit;
    }
}
