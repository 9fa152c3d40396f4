package io.klien.shared.permission;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Checks the declared permissions of application services on every call through the service's proxy. The advisor
 * runs before the transaction advisor (which keeps the lowest precedence), so a refused call opens no transaction.
 * Refusals are the {@link TenantContext#requireRole} and {@link TenantContext#requirePlatformAdmin} ones, so callers
 * see the same {@link org.springframework.security.access.AccessDeniedException} as before.
 */
@Configuration(proxyBeanMethods = false)
public class DeclaredPermissions {

    /** Before transactions, after nothing that matters: only the ordering against the transaction advisor counts. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor declaredPermissionsAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new GuardedMethods(), new Guard());
        advisor.setOrder(ORDER);
        return advisor;
    }

    /** The rule that applies to a method called on an instance of the target class, or null when none does. */
    static @Nullable Rule ruleFor(Method method, Class<?> targetClass) {
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        if (specific.getDeclaringClass() == Object.class) {
            return null;
        }
        if (AnnotatedElementUtils.hasAnnotation(specific, OpenOnPurpose.class)) {
            return null;
        }
        FirmRoles onMethod = AnnotatedElementUtils.findMergedAnnotation(specific, FirmRoles.class);
        if (onMethod != null) {
            return Rule.firmRoles(onMethod.value());
        }
        if (AnnotatedElementUtils.hasAnnotation(specific, PlatformOperator.class)) {
            return Rule.PLATFORM_OPERATOR;
        }
        if (!Modifier.isPublic(specific.getModifiers())) {
            return null;
        }
        FirmRoles onClass = AnnotatedElementUtils.findMergedAnnotation(targetClass, FirmRoles.class);
        if (onClass != null) {
            return Rule.firmRoles(onClass.value());
        }
        if (AnnotatedElementUtils.hasAnnotation(targetClass, PlatformOperator.class)) {
            return Rule.PLATFORM_OPERATOR;
        }
        return null;
    }

    /** Firm roles, or (when roles is null) a platform operator. */
    record Rule(String @Nullable [] roles) {

        static final Rule PLATFORM_OPERATOR = new Rule(null);

        static Rule firmRoles(FirmRole[] roles) {
            return new Rule(Arrays.stream(roles).map(FirmRole::name).toArray(String[]::new));
        }

        void check() {
            String[] required = roles;
            if (required == null) {
                TenantContext.requirePlatformAdmin();
            } else {
                TenantContext.requireRole(required);
            }
        }
    }

    private static final class GuardedMethods extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return ruleFor(method, targetClass) != null;
        }
    }

    private static final class Guard implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            Object target = invocation.getThis();
            Class<?> targetClass = target != null ? AopUtils.getTargetClass(target)
                    : invocation.getMethod().getDeclaringClass();
            Rule rule = ruleFor(invocation.getMethod(), targetClass);
            if (rule != null) {
                rule.check();
            }
            return invocation.proceed();
        }
    }
}
