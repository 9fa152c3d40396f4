package io.klien.shared.permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that needs no role on purpose, for example an entry point for listeners and schedulers, or a
 * lookup any signed-in person may make. It overrides the class's rule; the reason is for the next reader.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenOnPurpose {

    /** Why the method is open, in a sentence. */
    String reason();
}
