package org.safeports.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every page {@code #longDates}: a {@link LongDates} in the page's language, so a template
 * writes {@code ${#longDates.date(item.publishedAt())}} and never a pattern of its own.
 */
@Component
class LongDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

  static final String NAME = "longDates";

  LongDatesDialect() {
    super("Long dates");
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
        return NAME.equals(expressionObjectName) ? new LongDates(context.getLocale()) : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        // Built once per page (the page's language does not change while it renders).
        return true;
      }
    };
  }
}
