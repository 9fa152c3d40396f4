package io.klien.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTests {

    @Test
    void aStreamUpToTheLimitIsReadWhole() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1000]), 1000, () -> {
            throw new IOException("refused");
        })) {
            assertThat(in.readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void oneBytePastTheLimitIsRefusedAndNothingFurtherIsRead() throws IOException {
        AtomicLong pulled = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                pulled.incrementAndGet();
                return 7;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                pulled.addAndGet(len);
                return len;
            }
        };
        InputStream limited = new LimitedInputStream(endless, 10_000, () -> {
            throw new DomainException("too-large");
        });

        assertThat(limited.read(new byte[4_000])).isEqualTo(4_000);
        assertThatThrownBy(() -> limited.read(new byte[1 << 20])).isInstanceOf(DomainException.class)
                .hasMessageContaining("too-large");
        assertThat(pulled.get()).as("a big read buffer pulls at most one byte past the limit").isEqualTo(10_001);
    }
}
