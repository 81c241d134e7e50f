package vn.gov.soctrang.tnmt.tdkt.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The password rules of the production profile, for every engine-managed account (the administrator, accounts
 * created in Camunda Admin or through the app's user administration): at least {@value #MIN_LENGTH} characters, a
 * lower-case letter, an upper-case letter, a digit and a special character (anything that is neither a letter nor a
 * digit: a space, punctuation or a symbol; Vietnamese letters with diacritics count as letters), not containing the
 * user name, and not a known-weak password ({@code password/weak-passwords.txt}).
 *
 * <p>The engine checks it whenever a new password is saved ({@code enablePasswordPolicy}, set in the prod profile);
 * the app checks it itself first so that its own refusals name the broken rule in Vietnamese. The rules use the
 * placeholders of Camunda's built-in policy where one exists, so that Camunda Admin shows them in its own words.
 */
@Component
public final class DepartmentPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** A rule that says in Vietnamese and in English what it asks for. */
  public interface Rule extends PasswordPolicyRule {

    String vietnamese();

    String english();
  }

  private final List<Rule> rules;

  public DepartmentPasswordPolicy() {
    Set<String> weak = loadWeakList();
    this.rules = List.of(
        new CountRule("PASSWORD_POLICY_LENGTH", "minLength", MIN_LENGTH, c -> true,
            "phải dài ít nhất " + MIN_LENGTH + " ký tự", "must be at least " + MIN_LENGTH + " characters long"),
        new CountRule("PASSWORD_POLICY_LOWERCASE", "minLowerCase", 1, Character::isLowerCase,
            "phải có ít nhất một chữ thường", "must contain a lower-case letter"),
        new CountRule("PASSWORD_POLICY_UPPERCASE", "minUpperCase", 1, Character::isUpperCase,
            "phải có ít nhất một chữ hoa", "must contain an upper-case letter"),
        new CountRule("PASSWORD_POLICY_DIGIT", "minDigit", 1, Character::isDigit,
            "phải có ít nhất một chữ số", "must contain a digit"),
        new CountRule("PASSWORD_POLICY_SPECIAL", "minSpecial", 1, c -> !Character.isLetterOrDigit(c),
            "phải có ít nhất một ký tự đặc biệt (dấu câu, ký hiệu hoặc khoảng trắng)",
            "must contain a special character (punctuation, a symbol or a space)"),
        new UserNameRule(),
        new WeakListRule(weak));
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.copyOf(rules);
  }

  /** The first rule the password breaks for this user name, if any. Never looks at anything but its arguments. */
  public Optional<Rule> firstViolation(String password, String userId) {
    for (Rule rule : rules) {
      boolean kept = rule instanceof UserNameRule names ? names.keeps(password, userId) : rule.execute(password);
      if (!kept) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The rules in one Vietnamese sentence, for messages that list them all. */
  public String describe() {
    return "Mật khẩu " + String.join(", ", rules.stream().map(Rule::vietnamese).toList()) + ".";
  }

  /** Lower case, without Vietnamese diacritics (đ becomes d). */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd');
  }

  private static Set<String> loadWeakList() {
    Set<String> weak = new HashSet<>();
    try (InputStream in = DepartmentPasswordPolicy.class.getResourceAsStream("/password/weak-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("password/weak-passwords.txt is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          weak.add(fold(entry).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(weak);
  }

  private record CountRule(String placeholder, String parameter, int minimum, IntPredicate counted,
      String vietnamese, String english) implements Rule {

    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of(parameter, Integer.toString(minimum));
    }

    @Override
    public boolean execute(String password) {
      return password != null && password.codePoints().filter(counted).count() >= minimum;
    }
  }

  private static final class UserNameRule implements Rule {

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return true;
    }

    @Override
    public boolean execute(String password, User user) {
      return keeps(password, user == null ? null : user.getId());
    }

    boolean keeps(String password, String userId) {
      if (password == null || userId == null || userId.isBlank()) {
        return true;
      }
      return !fold(password).contains(fold(userId.strip()));
    }

    @Override
    public String vietnamese() {
      return "không được chứa tên đăng nhập";
    }

    @Override
    public String english() {
      return "must not contain the user name";
    }
  }

  private record WeakListRule(Set<String> weak) implements Rule {

    private static final int FEW_LETTERS = 4;

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_TDKT_NOT_COMMON";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      if (password == null) {
        return true;
      }
      String folded = fold(password);
      String letters = folded.replaceAll("[^\\p{L}]", "");
      String lettersAndDigits = folded.replaceAll("[^\\p{L}\\p{N}]", "");
      String digits = folded.replaceAll("[^\\p{N}]", "");
      // A weak run of digits with a few letters around it (123456789Qq!) is as weak as the digits alone.
      boolean weakDigits = letters.length() < FEW_LETTERS && weak.contains(digits);
      return !weak.contains(letters) && !weak.contains(lettersAndDigits) && !weakDigits;
    }

    @Override
    public String vietnamese() {
      return "không được là mật khẩu phổ biến, dễ đoán (như «matkhau», «123456789», tên Sở hay tên tỉnh)";
    }

    @Override
    public String english() {
      return "must not be a common, easily guessed password";
    }
  }
}
