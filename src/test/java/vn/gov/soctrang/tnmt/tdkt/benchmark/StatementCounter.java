package vn.gov.soctrang.tnmt.tdkt.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so the benchmark can count the JDBC statements each step prepares (Camunda's
 * MyBatis prepares one per statement; a JDBC batch counts once). Everything else is passed through.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong PREPARED = new AtomicLong();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
          handler(ds, true));
    }
    return bean;
  }

  private static InvocationHandler handler(Object target, boolean dataSource) {
    return (proxy, method, args) -> {
      if (method.getName().equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
        return System.identityHashCode(proxy);
      }
      Object result = invoke(target, method, args);
      String name = method.getName();
      if (dataSource && name.equals("getConnection") && result instanceof Connection c) {
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            handler(c, false));
      }
      if (!dataSource && (name.equals("prepareStatement") || name.equals("prepareCall")
          || name.equals("createStatement"))) {
        PREPARED.incrementAndGet();
      }
      return result;
    };
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
