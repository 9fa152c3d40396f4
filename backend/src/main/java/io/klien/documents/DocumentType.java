package io.klien.documents;

import java.util.List;

/** The kinds of file Klien recognises by their content; the first extension is the one Klien gives a file. */
public enum DocumentType {

    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ZIP("application/zip", "zip"),
    TEXT("text/plain", "txt", "text", "log", "md"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Lower-case extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public String extension() {
        return extensions.getFirst();
    }

    public boolean isText() {
        return this == TEXT || this == CSV;
    }

    /** The Content-Type to serve it with (text is always stored as UTF-8). */
    public String contentTypeHeader() {
        return isText() ? mediaType + "; charset=UTF-8" : mediaType;
    }
}
