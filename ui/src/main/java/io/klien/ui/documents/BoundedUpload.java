package io.klien.ui.documents;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import io.klien.shared.LimitedInputStream;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload handler whose size limit holds on the server, whatever the browser was told: a request that declares a
 * larger body is refused before any of it is read, and one that does not declare its length is refused the moment it
 * passes the limit. The refusal carries the given message (shown by the upload component) and is also handed to
 * {@code refused}, in the upload request, for the view to show.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for the multipart headers around one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** What receives the upload: reads at most the limit from the event's stream. */
    @FunctionalInterface
    public interface Body extends java.io.Serializable {
        void receive(UploadEvent event, InputStream content) throws IOException;
    }

    private final long maxBytes;
    private final Body body;
    private final String messageKey;
    private final Object[] messageArguments;
    private final SerializableConsumer<String> refused;

    private BoundedUpload(long maxBytes, Body body, SerializableConsumer<String> refused, String messageKey,
            Object... messageArguments) {
        this.maxBytes = maxBytes;
        this.body = body;
        this.refused = refused;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    /** Streams the upload, at most {@code maxBytes} of it, to {@code body}. */
    public static BoundedUpload streaming(long maxBytes, Body body, SerializableConsumer<String> refused,
            String messageKey, Object... messageArguments) {
        return new BoundedUpload(maxBytes, body, refused, messageKey, messageArguments);
    }

    /** Holds the upload in memory, never more than {@code maxBytes} of it, and hands the bytes to {@code received}. */
    public static BoundedUpload inMemory(long maxBytes, SerializableBiConsumer<UploadMetadata, byte[]> received,
            SerializableConsumer<String> refused, String messageKey, Object... messageArguments) {
        return new BoundedUpload(maxBytes, (event, content) -> {
            byte[] bytes = content.readAllBytes();
            received.accept(new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length), bytes);
        }, refused, messageKey, messageArguments);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        try (InputStream content = new LimitedInputStream(event.getInputStream(), maxBytes, () -> {
            throw new TooLarge();
        })) {
            body.receive(event, content);
        } catch (TooLarge e) {
            refuse(event);
        } catch (RuntimeException e) {
            // a service that read the stream may have wrapped the refusal
            if (!isRefusal(e)) {
                throw e;
            }
            refuse(event);
        }
    }

    /** Whether the exception is (or wraps) this handler's refusal of a too large upload, which it answers itself. */
    public static boolean isRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** The multipart path checks these once the container has parsed the request (within Spring's multipart limits). */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void refuse(UploadEvent event) {
        UI ui = event.getUI();
        String message = ui.getTranslation(messageKey, messageArguments);
        event.reject(message);
        refused.accept(message);
    }

    /** Thrown by the stream the moment it passes the limit; never leaves the handler. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("Upload larger than allowed");
        }
    }
}
