package io.klien;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the backend modules alone, against the local PostgreSQL, for the backend's integration tests. */
@SpringBootApplication
public class BackendTestApplication {
}
