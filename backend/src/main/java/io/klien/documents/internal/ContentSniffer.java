package io.klien.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.klien.documents.DocumentType;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Names a file's type from its first bytes, whatever its name or declared type say. Programs (Windows, Linux, macOS,
 * Java) and scripts or web pages are refused outright.
 */
final class ContentSniffer {

    /** How many leading bytes the decision reads. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final List<byte[]> EXECUTABLES = List.of(
            bytes(0x4D, 0x5A),                  // MZ: Windows .exe, .dll, .scr
            bytes(0x7F, 'E', 'L', 'F'),         // Linux and other Unix programs
            bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF), // Mach-O (macOS)
            bytes(0xCE, 0xFA, 0xED, 0xFE), bytes(0xCF, 0xFA, 0xED, 0xFE),
            bytes(0xCA, 0xFE, 0xBA, 0xBE));     // Java class file, Mach-O universal binary
    private static final List<String> SCRIPT_STARTS = List.of("#!", "<?php", "<?xml", "<%", "<script", "<html",
            "<!doctype", "<head", "<body", "<svg", "<iframe", "<object", "<embed", "@echo");

    private ContentSniffer() {
    }

    /**
     * The type of content that begins with {@code head}, or null when it is none Klien knows; {@code complete} says
     * the head is the whole file. A text file is CSV when its name ends in {@code .csv}, plain text otherwise.
     */
    public static @Nullable DocumentType detect(byte[] head, boolean complete, String extension) {
        if (head.length == 0) {
            throw new DomainException("documents.empty");
        }
        for (byte[] magic : EXECUTABLES) {
            if (startsWith(head, 0, magic)) {
                throw new DomainException("documents.type.executable");
            }
        }
        if (startsWith(head, 0, ascii("%PDF-"))) {
            return DocumentType.PDF;
        }
        if (startsWith(head, 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))) {
            return DocumentType.PNG;
        }
        if (startsWith(head, 0, bytes(0xFF, 0xD8, 0xFF))) {
            return DocumentType.JPEG;
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return DocumentType.GIF;
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return DocumentType.WEBP;
        }
        if (startsWith(head, 0, bytes('P', 'K', 3, 4))) {
            return zipKind(head);
        }
        if (startsWith(head, 0, bytes('P', 'K', 5, 6))) {
            return DocumentType.ZIP;
        }
        TextCheck text = new TextCheck();
        if (text.accept(head, 0, head.length) && (!complete || text.atCharacterBoundary())) {
            if (looksLikeScript(head)) {
                throw new DomainException("documents.type.script");
            }
            return "csv".equals(extension) ? DocumentType.CSV : DocumentType.TEXT;
        }
        return null;
    }

    /**
     * Office Open XML files are ZIP archives whose parts name the application: {@code [Content_Types].xml} plus
     * {@code word/}, {@code xl/} or {@code ppt/}. Reads the local file headers within the head; anything else is a
     * plain ZIP.
     */
    static DocumentType zipKind(byte[] head) {
        boolean contentTypes = false;
        @Nullable DocumentType office = null;
        int i = 0;
        while (i + 30 <= head.length) {
            if (!startsWith(head, i, bytes('P', 'K', 3, 4))) {
                i++;
                continue;
            }
            int nameLength = (head[i + 26] & 0xff) | (head[i + 27] & 0xff) << 8;
            if (i + 30 + nameLength > head.length) {
                break;
            }
            String name = new String(head, i + 30, nameLength, StandardCharsets.ISO_8859_1);
            contentTypes |= name.equals("[Content_Types].xml");
            if (office == null) {
                office = name.startsWith("word/") ? DocumentType.DOCX
                        : name.startsWith("xl/") ? DocumentType.XLSX
                        : name.startsWith("ppt/") ? DocumentType.PPTX : null;
            }
            i += 30 + nameLength;
        }
        return contentTypes && office != null ? office : DocumentType.ZIP;
    }

    private static boolean looksLikeScript(byte[] head) {
        int start = startsWith(head, 0, bytes(0xEF, 0xBB, 0xBF)) ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        int end = Math.min(head.length, start + 16);
        String opening = new String(head, start, end - start, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return SCRIPT_STARTS.stream().anyMatch(opening::startsWith);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
