package org.safeports.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives the form fragments {@code #options}: {@code ${#options.read(o, 'code')}} calls the option's
 * method {@code code()}, the method named by the fragment's {@code optionValue} or {@code
 * optionLabel} parameter. The fragment used to write {@code o.__${optionValue}__()}, which made
 * Thymeleaf build, look up and evaluate a new expression for every option of every list (a country
 * list is 35 options): a fifth of the library page's rendering. The methods are found once per
 * class and name.
 */
@Component
class OptionsDialect extends AbstractDialect implements IExpressionObjectDialect {

  static final String NAME = "options";

  private static final Reader READER = new Reader();

  OptionsDialect() {
    super("Options");
  }

  /** Calls an option's method by name; the same for every page. */
  public static final class Reader {

    private final Map<Class<?>, Map<String, Method>> methods = new ConcurrentHashMap<>();

    /** The value of the option's public method without parameters of this name. */
    public Object read(Object option, String method) {
      if (option == null) {
        return null;
      }
      Method found =
          methods
              .computeIfAbsent(option.getClass(), c -> new ConcurrentHashMap<>())
              .computeIfAbsent(method, name -> find(option.getClass(), name));
      try {
        return found.invoke(option);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + method + "() of " + option.getClass(), e);
      } catch (InvocationTargetException e) {
        ReflectionUtils.rethrowRuntimeException(e.getTargetException());
        return null;
      }
    }

    private static Method find(Class<?> type, String name) {
      Method method = ReflectionUtils.findMethod(type, name);
      if (method == null) {
        throw new IllegalArgumentException(type + " has no method " + name + "()");
      }
      // A map's entry is a JDK class that is not public: its interface's method is called instead.
      Method accessible = ClassUtils.getPubliclyAccessibleMethodIfPossible(method, type);
      // The portal's own option types are often records of a package-private class.
      ReflectionUtils.makeAccessible(accessible);
      return accessible;
    }
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(NAME);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return NAME.equals(expressionObjectName) ? READER : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
