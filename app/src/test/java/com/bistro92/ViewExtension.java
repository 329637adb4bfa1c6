package com.bistro92;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * TestFX's {@link ApplicationExtension}, with a {@link ViewFixture} for each test: the test class's
 * fields of that type are set before its {@code @Start(Stage)} method runs (on the FX thread, with
 * the stage, as TestFX does). After the test (and its own {@code @AfterEach} methods) the fixture
 * closes what the test gave it and the suite it started; then TestFX hides every window and stops
 * the application it wrapped the test in. Use it through {@link ViewTest}.
 */
public final class ViewExtension
        implements BeforeEachCallback, AfterEachCallback, TestInstancePostProcessor, ParameterResolver {

    private final ApplicationExtension testFx = new ApplicationExtension();
    private ViewFixture fixture;

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
        testFx.postProcessTestInstance(test, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        fixture = new ViewFixture();
        Object test = context.getRequiredTestInstance();
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == ViewFixture.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(test, fixture);
                }
            }
        }
        testFx.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ViewFixture done = fixture;
        fixture = null;
        try {
            done.close();
        } finally {
            testFx.afterEach(context);
        }
    }

    /** An {@code FxRobot} (TestFX's), or the test's {@link ViewFixture}, as a parameter of a test method. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ViewFixture.class
                || testFx.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ViewFixture.class ? fixture
                : testFx.resolveParameter(parameter, context);
    }
}
