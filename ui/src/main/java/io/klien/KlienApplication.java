package io.klien;

import io.klien.ui.startup.SchemaMigration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Klien: client onboarding, contracts, projects and testimonials for professional-services firms. */
@SpringBootApplication
public class KlienApplication {

    public static void main(String[] args) {
        if (SchemaMigration.requested(args)) {
            System.exit(SchemaMigration.migrate(args));
        }
        SpringApplication.run(KlienApplication.class, args);
    }
}
