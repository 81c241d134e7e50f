package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file is stored and downloaded under: no folders, no control or reserved characters, Vietnamese letters
 * kept (in composed form), and the extension of the kind the content really is.
 */
final class EvidenceFileName {

  static final String FALLBACK = "minh-chung";
  private static final int MAX_BASE_LENGTH = 120;
  /** Control characters, characters Windows forbids in names, and invisible format characters. */
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"/\\\\|?*\\u2028\\u2029]");
  private static final Pattern EXTENSION = Pattern.compile("\\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5}$");

  private EvidenceFileName() {
  }

  /** The stored name for an uploaded file of the given kind. */
  public static String of(String original, EvidenceKind kind) {
    return base(original) + "." + kind.extension();
  }

  /** The uploaded name made safe to show (for messages), keeping its own extension. */
  public static String display(String original) {
    String name = clean(original);
    return name.isEmpty() ? "(không tên)" : name;
  }

  /** The name without its extension, made safe; never empty. */
  static String base(String original) {
    String name = EXTENSION.matcher(clean(original)).replaceFirst("");
    name = strip(name);
    if (name.length() > MAX_BASE_LENGTH) {
      name = strip(name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, MAX_BASE_LENGTH))));
    }
    return name.isEmpty() ? FALLBACK : name;
  }

  private static String clean(String original) {
    if (original == null) {
      return "";
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = UNSAFE.matcher(name).replaceAll(" ");
    return strip(name.replaceAll("\\s+", " "));
  }

  /** No leading or trailing spaces or dots (".." or a hidden ".name" are not names). */
  private static String strip(String name) {
    return name.replaceAll("^[\\s.]+|[\\s.]+$", "");
  }

  /** Letters without diacritics, for the plain {@code filename=} of a download header (old clients). */
  public static String asciiFallback(String name) {
    String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^A-Za-z0-9 ._()\\-]", "_");
  }

  /** The value of a Content-Disposition header that downloads the file under its (UTF-8) name. */
  public static String attachmentHeader(String name) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded;
  }
}
