package io.klien.shared.permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.klien.shared.FirmRole;

/**
 * Who may call: the acting member must hold one of these roles in the active firm (system work always may). On a
 * class it guards every public method; on a method it replaces the class's rule for that method. Checked before
 * any transaction opens, so a refused call saves nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FirmRoles {

    FirmRole[] value();
}
