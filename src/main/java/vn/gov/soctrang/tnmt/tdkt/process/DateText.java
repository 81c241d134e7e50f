package vn.gov.soctrang.tnmt.tdkt.process;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeParseException;

/** A text that, when given, is a date as the forms take it ({@link FormValues#parseDate(String)}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateText.Check.class)
public @interface DateText {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Blank passes (a required date says so with {@code @NotBlank}). */
  class Check implements ConstraintValidator<DateText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        FormValues.parseDate(value);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}
