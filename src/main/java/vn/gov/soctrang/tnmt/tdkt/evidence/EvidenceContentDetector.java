package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells what a file really is from its bytes (signatures and structure), whatever its name or declared type says.
 * Only the accepted kinds are recognised; anything else (an executable, a plain ZIP, text, a macro-enabled Word
 * file, a truncated file) is unknown.
 */
final class EvidenceContentDetector {

  private static final byte[] PDF_MAGIC = ascii("%PDF-");
  private static final byte[] PDF_END = ascii("%%EOF");
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PNG_IHDR = ascii("IHDR");
  private static final byte[] PNG_IEND = ascii("IEND");
  private static final int PDF_TAIL = 1024;

  private EvidenceContentDetector() {
  }

  public static Optional<EvidenceKind> detect(byte[] content) {
    if (content == null || content.length == 0) {
      return Optional.empty();
    }
    if (isPdf(content)) {
      return Optional.of(EvidenceKind.PDF);
    }
    if (isPng(content)) {
      return Optional.of(EvidenceKind.PNG);
    }
    if (isJpeg(content)) {
      return Optional.of(EvidenceKind.JPEG);
    }
    if (WordArchive.isWordDocument(content)) {
      return Optional.of(EvidenceKind.DOCX);
    }
    return Optional.empty();
  }

  /** "%PDF-1.x" or "%PDF-2.x" at the start and the end-of-file marker near the end (a complete document). */
  static boolean isPdf(byte[] b) {
    if (!startsWith(b, PDF_MAGIC) || b.length < PDF_MAGIC.length + 3) {
      return false;
    }
    byte major = b[PDF_MAGIC.length];
    if ((major != '1' && major != '2') || b[PDF_MAGIC.length + 1] != '.') {
      return false;
    }
    return indexOf(b, PDF_END, Math.max(0, b.length - PDF_TAIL)) >= 0;
  }

  /** The PNG signature, the header chunk first and the end chunk last. */
  static boolean isPng(byte[] b) {
    return b.length >= 8 + 25 + 12 && startsWith(b, PNG_MAGIC) && regionEquals(b, 12, PNG_IHDR)
        && regionEquals(b, b.length - 8, PNG_IEND);
  }

  /** Start-of-image followed by a marker, and an end-of-image marker somewhere after it. */
  static boolean isJpeg(byte[] b) {
    if (b.length < 8 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8 || (b[2] & 0xFF) != 0xFF) {
      return false;
    }
    int marker = b[3] & 0xFF;
    if (marker < 0xC0 || marker == 0xFF) {
      return false;
    }
    for (int i = b.length - 2; i > 3; i--) {
      if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWith(byte[] b, byte[] prefix) {
    return regionEquals(b, 0, prefix);
  }

  static boolean regionEquals(byte[] b, int offset, byte[] expected) {
    if (offset < 0 || offset + expected.length > b.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (b[offset + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] b, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
