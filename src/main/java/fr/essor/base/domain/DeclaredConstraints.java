package fr.essor.base.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The Jakarta constraints declared on a class, read once from the validator's metadata and then checked on each
 * bean without the validator's per-call machinery: an import checks a million lines, and the validator cost
 * 20–30 µs a line (the whole line's other work costs 4). Gives what {@link ConstraintViolations#of} gives, in the
 * same order (a test holds them equal); the constraints stay written once, on the entity.
 *
 * <p>Min, Max, Size, NotNull and NotBlank are checked here; any other constraint on a property runs its own
 * ConstraintValidator; a class with class-level constraints is handed to the validator whole.
 */
public final class DeclaredConstraints<T> {

    private record Check(Field field, Predicate<@Nullable Object> broken, Violation violation) {
    }

    private final Validator validator;
    private final List<Check> checks = new ArrayList<>();
    private final boolean wholeBean;

    private DeclaredConstraints(Validator validator, Class<T> type) {
        this.validator = validator;
        var bean = validator.getConstraintsForClass(type);
        boolean fallBack = !bean.getConstraintDescriptors().isEmpty();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Field field = field(type, property.getPropertyName());
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                if (!constraint.getGroups().contains(Default.class)) {
                    continue;
                }
                Predicate<@Nullable Object> broken = broken(constraint);
                if (field == null || broken == null) {
                    fallBack = true;
                    continue;
                }
                checks.add(new Check(field, broken, new Violation(property.getPropertyName(), constraint.getMessageTemplate(),
                        ConstraintViolations.limitsOf(constraint.getAttributes()))));
            }
        }
        this.wholeBean = fallBack;
    }

    public static <T> DeclaredConstraints<T> of(Validator validator, Class<T> type) {
        return new DeclaredConstraints<>(validator, type);
    }

    public List<Violation> check(T bean) {
        if (wholeBean) {
            return ConstraintViolations.of(validator, bean);
        }
        List<Violation> found = new ArrayList<>(0);
        for (Check check : checks) {
            try {
                if (check.broken().test(check.field().get(bean))) {
                    found.add(check.violation());
                }
            } catch (IllegalAccessException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        if (found.size() > 1) {
            found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::messageKey));
        }
        return found;
    }

    /** What breaks the constraint; null for one this class cannot check itself. */
    private static @Nullable Predicate<@Nullable Object> broken(ConstraintDescriptor<?> constraint) {
        Annotation annotation = constraint.getAnnotation();
        if (!constraint.getComposingConstraints().isEmpty()) {
            return null;
        }
        return switch (annotation) {
            case Min min -> value -> value != null && ((Number) value).longValue() < min.value();
            case Max max -> value -> value != null && ((Number) value).longValue() > max.value();
            case Size size -> value -> value != null && (length(value) < size.min() || length(value) > size.max());
            case NotNull notNull -> value -> value == null;
            case NotBlank notBlank -> value -> value == null || value.toString().isBlank();
            default -> ownValidator(constraint);
        };
    }

    /** A constraint of Essor's own (an ISO country code): its validator, which needs no context. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Predicate<@Nullable Object> ownValidator(ConstraintDescriptor<?> constraint) {
        List<? extends Class<? extends ConstraintValidator<?, ?>>> classes = constraint.getConstraintValidatorClasses();
        if (classes.size() != 1) {
            return null;
        }
        try {
            ConstraintValidator validator = classes.getFirst().getDeclaredConstructor().newInstance();
            validator.initialize(constraint.getAnnotation());
            return value -> !validator.isValid(value, null);
        } catch (ReflectiveOperationException notPlain) {
            return null;
        }
    }

    private static int length(Object value) {
        return switch (value) {
            case CharSequence text -> text.length();
            case Collection<?> collection -> collection.size();
            case Map<?, ?> map -> map.size();
            case Object[] array -> array.length;
            default -> throw new IllegalArgumentException("@Size on " + value.getClass());
        };
    }

    private static @Nullable Field field(Class<?> type, String name) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                Field field = declaring.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // declared higher up
            }
        }
        return null;
    }
}
