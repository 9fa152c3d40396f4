package io.klien.ui;

import java.util.UUID;

import io.klien.ui.TestUsers.DemoUser;
import io.klien.local.demo.DemoData;
import io.klien.local.demo.DemoPeople;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fresh copies of the two demo firms for one browserless test class, with fresh people, made through the services
 * as the demo data makes the real ones. A test class finds only its own rows and leaves nothing another test (or the
 * next run on the same database) could trip over. Register with {@code @ExtendWith}; the signed-in test users are
 * the people of the current class's firms.
 */
public final class OwnFirms implements BeforeAllCallback {

    private static volatile OwnFirms.Firms current;

    /** The firms and people of the running test class. */
    public record Firms(UUID hartono, UUID kanvas, String hartonoSlug, String operator, DemoPeople people) {

        /** The subject of a test user in these firms. */
        public String subject(DemoUser user) {
            return switch (user) {
                case STAFF -> people.rudi();
                case TENANT_ADMIN -> people.lena();
                case CLIENT -> people.budi();
                case PLATFORM_ADMIN -> operator;
            };
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        DemoData demoData = SpringExtension.getApplicationContext(context).getBean(DemoData.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        DemoPeople people = new DemoPeople("lena-" + suffix, "rudi-" + suffix, "maya-" + suffix, "dimas-" + suffix,
                "budi-" + suffix);
        String hartonoSlug = "hartono-law-" + suffix;
        current = new Firms(demoData.lawFirm(hartonoSlug, people), demoData.designStudio("studio-kanvas-" + suffix, people),
                hartonoSlug, "operator-" + suffix, people);
    }

    /** The firms of the running test class. */
    public static Firms current() {
        Firms firms = current;
        if (firms == null) {
            throw new IllegalStateException("No own firms: register OwnFirms with @ExtendWith on the test class");
        }
        return firms;
    }
}
