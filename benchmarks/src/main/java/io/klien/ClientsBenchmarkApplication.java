package io.klien;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the backend modules alone (as BackendTestApplication does for the backend's tests), non-web, for
 * {@link io.klien.benchmarks.ClientsBenchmark}. The application's DataSource is wrapped so that every statement it
 * prepares or creates is counted, JdbcClient's and native queries' included.
 */
@SpringBootApplication
public class ClientsBenchmarkApplication {

    /** Statements prepared or created on connections of the application's pool, since start. */
    public static final AtomicLong STATEMENTS = new AtomicLong();

    private static final ThreadLocal<long[]> THREAD_STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

    /** Statements prepared or created by the calling thread (not by listeners or schedulers running meanwhile). */
    public static long statementsOfThisThread() {
        return THREAD_STATEMENTS.get()[0];
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, ds, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection c ? proxy(Connection.class, c, ClientsBenchmarkApplication::onConnection) : result;
                    });
                }
                return bean;
            }
        };
    }

    private static Object onConnection(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
            STATEMENTS.incrementAndGet();
            THREAD_STATEMENTS.get()[0]++;
        }
        return invoke(target, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(ClientsBenchmarkApplication.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
