package fr.essor.base.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166 alpha-2 country code, in capitals, as the CSV import and the forms write it. On the entity, so every
 * way in checks it: the API stored "ZZ" and the JSON import "fr" beside "FR" for one day (the unique key is
 * case-sensitive). Null means none.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCountryCode.Check.class)
public @interface IsoCountryCode {

    String message() default "validation.countryCode";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IsoCountryCode, String> {

        @Override
        public boolean isValid(@Nullable String code, ConstraintValidatorContext context) {
            return code == null || CountryCodes.isKnown(code);
        }
    }
}
