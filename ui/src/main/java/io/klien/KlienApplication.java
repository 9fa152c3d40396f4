package io.klien;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Klien: client onboarding, contracts, projects and testimonials for professional-services firms. */
@SpringBootApplication
public class KlienApplication {

    public static void main(String[] args) {
        SpringApplication.run(KlienApplication.class, args);
    }
}
