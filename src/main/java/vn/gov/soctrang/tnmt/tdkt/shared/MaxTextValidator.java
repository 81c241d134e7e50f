package vn.gov.soctrang.tnmt.tdkt.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link MaxText}, handing the length typed to the message as {@code {length}}. */
public class MaxTextValidator implements ConstraintValidator<MaxText, String> {

  private int max;

  @Override
  public void initialize(MaxText annotation) {
    this.max = annotation.max();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int length = value.strip().length();
    if (length <= max) {
      return true;
    }
    if (context instanceof HibernateConstraintValidatorContext hibernate) {
      hibernate.addMessageParameter("length", length);
    } else {
      context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("length", length);
    }
    return false;
  }
}
