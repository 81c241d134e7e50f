package vn.gov.soctrang.tnmt.tdkt.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A text no longer than {@link #max()} characters once its surrounding blanks are stripped (as the task forms
 * measure it). The message may name the length typed with {@code {length}}, e.g. «Lý do» quá dài: tối đa {max} ký
 * tự, đã nhập {length}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxText.Check.class)
public @interface MaxText {

  int max();

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length, handing the length typed to the message as {@code {length}}. */
  class Check implements ConstraintValidator<MaxText, String> {

    private int max;

    @Override
    public void initialize(MaxText annotation) {
      this.max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.strip().length() <= max) {
        return true;
      }
      context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("length", value.strip().length());
      return false;
    }
  }
}
