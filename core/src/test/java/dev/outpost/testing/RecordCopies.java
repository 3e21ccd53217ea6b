package dev.outpost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks by reflection that a record's copy helpers lose no component: its {@code toBuilder()} (one
 * builder setter per component, named as the component) and every one-argument {@code withX(x)} for
 * a component {@code x}. Each helper is applied to a base value, changing one component to the value
 * it has in another instance that differs from the base in every component; the copy must then
 * equal the other instance in that component and the base in all others.
 */
public final class RecordCopies {

    private RecordCopies() {
    }

    /**
     * Asserts that every component survives every copy helper of {@code base}'s record type.
     *
     * @param base         a value with every component set to a non-default value
     * @param other        a value that differs from {@code base} in every component
     * @param checkedByCaller names of other public {@code with...} methods returning the record (several
     *                     components at once) that the caller checks itself; any other such method fails
     * @param <R>          the record type
     * @return how many copies were checked (components times helpers), so a caller can assert coverage
     */
    public static <R extends Record> int assertEveryComponentSurvives(R base, R other, String... checkedByCaller) {
        Class<?> type = base.getClass();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            assertNotEquals(value(c, base), value(c, other),
                    type.getSimpleName() + "." + c.getName() + ": base and other must differ in every component");
        }
        int checked = 0;
        Method toBuilder = method(type, "toBuilder");
        if (toBuilder != null) {
            Object identity = build(invoke(toBuilder, base));
            assertEquals(base, identity, type.getSimpleName() + ".toBuilder().build() is not a copy");
            for (RecordComponent c : components) {
                Object builder = invoke(toBuilder, base);
                Method setter = method(builder.getClass(), c.getName(), c.getType());
                if (setter == null) {
                    fail(type.getSimpleName() + ".Builder has no setter " + c.getName() + "("
                            + c.getType().getSimpleName() + ")");
                }
                invoke(setter, builder, value(c, other));
                assertCopy(base, other, c, build(builder), "toBuilder()." + c.getName() + "(..).build()");
                checked++;
            }
        }
        List<String> withs = new ArrayList<>();
        for (RecordComponent c : components) {
            String name = "with" + c.getName().substring(0, 1).toUpperCase(Locale.ROOT) + c.getName().substring(1);
            Method with = method(type, name, c.getType());
            if (with != null) {
                withs.add(name);
                assertCopy(base, other, c, invoke(with, base, value(c, other)), name + "(..)");
                checked++;
            }
        }
        Set<String> known = Set.copyOf(Arrays.asList(checkedByCaller));
        for (Method m : type.getMethods()) {
            if (m.getName().startsWith("with") && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type
                    && !(withs.contains(m.getName()) && m.getParameterCount() == 1) && !known.contains(m.getName())) {
                fail(type.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes())
                        + " is a copy helper this check does not cover; check it in the test and name it");
            }
        }
        assertTrue(checked >= components.length, type.getSimpleName() + " has no copy helper for some component");
        return checked;
    }

    /**
     * Asserts that {@code copy} equals {@code base} in every component except those named in {@code changed}.
     *
     * @param base    the original
     * @param copy    the copy
     * @param helper  the helper's name, for the message
     * @param changed the components the helper was meant to change
     * @param <R>     the record type
     */
    public static <R extends Record> void assertKeptExcept(R base, Object copy, String helper, String... changed) {
        Set<String> skip = Set.of(changed);
        for (RecordComponent d : base.getClass().getRecordComponents()) {
            if (!skip.contains(d.getName())) {
                assertEquals(value(d, base), value(d, copy),
                        base.getClass().getSimpleName() + "." + helper + " lost or changed " + d.getName());
            }
        }
    }

    private static void assertCopy(Record base, Record other, RecordComponent c, Object copy, String helper) {
        assertEquals(value(c, other), value(c, copy),
                base.getClass().getSimpleName() + "." + helper + " did not set " + c.getName());
        assertKeptExcept(base, copy, helper, c.getName());
    }

    private static Object build(Object builder) {
        Method build = method(builder.getClass(), "build");
        if (build == null) {
            fail(builder.getClass().getName() + " has no build()");
        }
        return invoke(build, builder);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object value(RecordComponent c, Object record) {
        return invoke(c.getAccessor(), record);
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call " + m, e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m + " threw " + e.getCause(), e.getCause());
        }
    }
}
