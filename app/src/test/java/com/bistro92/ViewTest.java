package com.bistro92;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A TestFX test of a view, headless: see {@link ViewExtension}. The class's {@code @Start(Stage)}
 * builds the view, with a {@link ViewFixture} field for the suite and what to close after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ViewExtension.class)
public @interface ViewTest {
}
