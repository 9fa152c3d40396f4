package io.klien.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document opened for download: its metadata, the header values to serve it with, and its content, read lazily a
 * chunk at a time (also after the opening transaction ended). The content fails with an IOException at its end if
 * what was stored no longer matches the recorded size and SHA-256. Close it when done.
 */
public record DocumentDownload(DocumentView document, String contentType, String contentDisposition,
        InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
