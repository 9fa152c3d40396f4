package io.klien.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

class UploadStreamTests {

    static InputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }

    static String refusal(UploadStream upload) {
        try {
            upload.readAllBytes();
        } catch (DomainException e) {
            return e.messageKey();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return "accepted";
    }

    @Test
    void theSizeLimitAllowsExactlyItsBytesAndRefusesOneMore() throws IOException {
        assertThat(new UploadStream(bytes(100), 100, 1_000, 1_000, false).readAllBytes()).hasSize(100);
        assertThat(refusal(new UploadStream(bytes(101), 100, 1_000, 1_000, false))).isEqualTo("documents.too-large");
        assertThat(refusal(new UploadStream(bytes(101), 1_000, 100, 1_000, false))).isEqualTo("documents.quota.exceeded");
    }

    @Test
    void itCountsAndHashesWhatWasRead() throws IOException {
        UploadStream upload = new UploadStream(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)),
                10, 10, 10, true);

        assertThat(upload.skip(1)).isEqualTo(1);
        upload.readAllBytes();

        assertThat(upload.count()).isEqualTo(3);
        assertThat(upload.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(upload.markSupported()).isFalse();
    }

    @Test
    void textMustStayTextToItsEnd() {
        assertThat(refusal(new UploadStream(new ByteArrayInputStream(new byte[] {'a', 0}), 10, 10, 10, true)))
                .isEqualTo("documents.text.invalid");
        assertThat(refusal(new UploadStream(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE2, (byte) 0x82}),
                10, 10, 10, true))).isEqualTo("documents.text.invalid");
        assertThat(refusal(new UploadStream(new ByteArrayInputStream(new byte[] {'a', 0}), 10, 10, 10, false)))
                .as("binary types are not checked for text").isEqualTo("accepted");
    }

    @Test
    void verifiedContentFailsWhenTheStoredBytesDiffer() throws IOException {
        String shaOfAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertThat(new VerifiedContent(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3, shaOfAbc)
                .readAllBytes()).hasSize(3);
        assertThatThrownBy(() -> new VerifiedContent(new ByteArrayInputStream("abd".getBytes(StandardCharsets.US_ASCII)),
                3, shaOfAbc).readAllBytes()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new VerifiedContent(new ByteArrayInputStream("ab".getBytes(StandardCharsets.US_ASCII)),
                3, shaOfAbc).readAllBytes()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new VerifiedContent(new ByteArrayInputStream("abcd".getBytes(StandardCharsets.US_ASCII)),
                3, shaOfAbc).readAllBytes()).isInstanceOf(IOException.class);
    }
}
