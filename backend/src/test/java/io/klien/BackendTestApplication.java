package io.klien;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** Boots the backend modules alone, against the local PostgreSQL, for the backend's integration tests. */
@SpringBootApplication
public class BackendTestApplication {

    /**
     * Asynchronous event listeners run on the committing thread after the commit, so a test sees their effects when
     * its call returns; they still run after commit, in their own transactions, through the publication registry.
     */
    @Bean
    TaskExecutor taskExecutor() {
        return new SyncTaskExecutor();
    }
}
