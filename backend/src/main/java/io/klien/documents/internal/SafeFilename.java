package io.klien.documents.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the name a browser sent into one that is safe to show, store and offer as a download name. It is never used
 * as a path: content is stored by document id.
 */
final class SafeFilename {

    public static final int MAX_CHARS = 150;
    public static final int MAX_UTF8_BYTES = 255;
    static final String FALLBACK = "document";

    private static final int MAX_EXTENSION = 10;
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1," + MAX_EXTENSION + "}");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");
    private static final String RESERVED = "<>:\"|?*";

    private SafeFilename() {
    }

    /**
     * The last path segment, NFC-normalised, without control, format (such as right-to-left overrides) or unassigned
     * characters, reserved characters replaced by {@code _}, whitespace collapsed, no leading or trailing dots and
     * spaces, no Windows device name, at most {@value #MAX_CHARS} characters and {@value #MAX_UTF8_BYTES} UTF-8 bytes
     * (the extension kept); {@code document} when nothing is left.
     */
    public static String of(@Nullable String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = lastSegment(withoutInvisibles(Normalizer.normalize(submitted, Normalizer.Form.NFC)));
        StringBuilder clean = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && !clean.isEmpty()) {
                clean.append(' ');
            }
            space = false;
            clean.appendCodePoint(RESERVED.indexOf(cp) >= 0 ? '_' : cp);
        }
        String trimmed = trimDotsAndSpaces(clean.toString());
        int dot = trimmed.indexOf('.');
        if (DEVICE.matcher(dot < 0 ? trimmed : trimmed.substring(0, dot)).matches()) {
            trimmed = "_" + trimmed;
        }
        String limited = limited(trimmed);
        return limited.isEmpty() ? FALLBACK : limited;
    }

    /** The lower-case extension (1 to 10 letters or digits after the last dot), or empty when there is none. */
    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String ext = filename.substring(dot + 1);
        return EXTENSION.matcher(ext).matches() ? ext.toLowerCase(Locale.ROOT) : "";
    }

    /** A safe name with the extension appended, shortened where needed so the extension survives. */
    public static String withExtension(String safeName, String extension) {
        return limited(safeName + "." + extension);
    }

    private static String withoutInvisibles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        }).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String lastSegment(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String limited(String name) {
        if (fits(name)) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext.isEmpty() ? "" : "." + ext;
        String base = name.substring(0, name.length() - suffix.length());
        int[] cps = base.codePoints().toArray();
        int keep = Math.min(cps.length, MAX_CHARS - suffix.length());
        while (keep > 0 && !fits(new String(cps, 0, keep) + suffix)) {
            keep--;
        }
        return trimDotsAndSpaces(new String(cps, 0, keep)) + suffix;
    }

    private static boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MAX_CHARS
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_UTF8_BYTES;
    }
}
