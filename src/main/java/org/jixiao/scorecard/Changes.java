package org.jixiao.scorecard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.kernel.Change;

/**
 * The field-level difference of two versions of a scorecard, for the audit trail: header, budget and fund
 * sources, overall goal, and every indicator field by position. Numbers compare by value (261.75 = 261.750).
 */
public final class Changes {
    /** Record components and their accessors, looked up once per record class (reflection lookups are slow). */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Component[] out = new Component[rc.length];
            for (int i = 0; i < rc.length; i++) out[i] = new Component(rc[i].getName(), rc[i].getAccessor());
            return out;
        }
    };

    private record Component(String name, java.lang.reflect.Method accessor) {
        Object get(Object record) {
            if (record == null) return null;
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Changes() {}

    public static List<Change> between(Scorecard before, Scorecard after) {
        List<Change> out = new ArrayList<>();
        compare("", before, after, out);
        return out;
    }

    private static void compare(String path, Object a, Object b, List<Change> out) {
        if (a == null && b == null) return;
        if (a instanceof List<?> la || b instanceof List<?>) {
            List<?> x = a == null ? List.of() : (List<?>) a;
            List<?> y = b == null ? List.of() : (List<?>) b;
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                String p = path + "[" + i + "]";
                if (i >= x.size()) out.add(new Change(p, null, describe(y.get(i))));
                else if (i >= y.size()) out.add(new Change(p, describe(x.get(i)), null));
                else compare(p, x.get(i), y.get(i), out);
            }
            return;
        }
        Object sample = a != null ? a : b;
        if (sample.getClass().isRecord()) {
            // An indicator's parts (published / assessment / department) group its fields; the path names the field.
            boolean grouping = sample instanceof Indicator;
            for (Component c : COMPONENTS.get(sample.getClass())) {
                String p = grouping ? path : path.isEmpty() ? c.name() : path + "." + c.name();
                compare(p, c.get(a), c.get(b), out);
            }
            return;
        }
        String x = text(a), y = text(b);
        // numbers by value, as the scorecard's own equals compares them (Decimals): 261.75 and 261.750 are no change
        boolean same = sample instanceof BigDecimal ? Decimals.same((BigDecimal) a, (BigDecimal) b) : java.util.Objects.equals(x, y);
        if (!same) {
            out.add(new Change(path, x, y));
        }
    }

    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof Enum<?> e) return e.name();
        return v.toString();
    }

    /** A whole added or removed list element: its name when it has one. */
    private static String describe(Object v) {
        if (v == null) return null;
        if (v instanceof Indicator i) return i.name();
        if (v.getClass().isRecord()) {
            for (Component c : COMPONENTS.get(v.getClass())) {
                if (c.name().equals("name")) return String.valueOf(c.get(v));
            }
        }
        return v.toString();
    }
}
