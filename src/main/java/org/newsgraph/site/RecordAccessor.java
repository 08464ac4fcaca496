package org.newsgraph.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads record components for Thymeleaf's expressions ({@code page.title}) through accessors looked up once per
 * record class. OGNL looks for JavaBean getters first and, for a record, then searches every method of the class
 * on every access: that search was three quarters of the time spent rendering a page.
 */
final class RecordAccessor extends ObjectPropertyAccessor {

    private RecordAccessor() {
    }

    /** Registers the accessor for every record; idempotent. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String property && target instanceof Record
                ? RecordExpressions.Properties.reader(target.getClass(), property) : null;
        if (accessor == null) {
            return super.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
