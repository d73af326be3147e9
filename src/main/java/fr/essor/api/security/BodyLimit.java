package fr.essor.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most an endpoint's request body may hold, next to the endpoint; one without it takes
 * {@link BodyLimitFilter#DEFAULT_BYTES}. Checked before the body is read (see {@link BodyLimitFilter}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {
    long bytes();
}
