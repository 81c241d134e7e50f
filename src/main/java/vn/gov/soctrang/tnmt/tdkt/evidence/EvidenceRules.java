package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** What a file must be to count as evidence, and the Vietnamese reason when it is not. */
final class EvidenceRules {

  public static final long BYTES_PER_MB = 1024L * 1024L;
  public static final int MAX_NOTE_LENGTH = 1000;

  private EvidenceRules() {
  }

  /** A file that passed every check: what it is, the name it is stored under, its fingerprint. */
  public record AcceptedFile(EvidenceKind kind, String fileName, long size, String sha256) {
  }

  /** Refuses a missing, empty or too large file before its content is even read. */
  public static void checkSize(String originalName, long size, int maxSizeMb) {
    if (originalName == null && size <= 0) {
      throw new InvalidInputException("Vui lòng chọn tệp minh chứng để tải lên (" + EvidenceKind.ACCEPTED_TEXT
          + ", tối đa " + maxSizeMb + " MB).");
    }
    if (size <= 0) {
      throw new InvalidInputException("Tệp «" + EvidenceFileName.display(originalName)
          + "» rỗng (0 byte). Vui lòng chọn lại tệp minh chứng.");
    }
    if (size > maxSizeMb * BYTES_PER_MB) {
      throw new InvalidInputException("Tệp «" + EvidenceFileName.display(originalName) + "» có dung lượng "
          + sizeText(size) + ", vượt quá giới hạn " + maxSizeMb + " MB cho mỗi tệp minh chứng. Vui lòng giảm dung "
          + "lượng (nén, giảm độ phân giải ảnh hoặc tách thành nhiều tệp) rồi tải lên lại.");
    }
  }

  /** Checks a file completely; the returned kind and name come from its content, never from what the user said. */
  public static AcceptedFile accept(String originalName, byte[] content, int maxSizeMb) {
    checkSize(originalName, content == null ? 0 : content.length, maxSizeMb);
    EvidenceKind kind = EvidenceContentDetector.detect(content).orElseThrow(() -> new InvalidInputException(
        "Tệp «" + EvidenceFileName.display(originalName) + "» không được chấp nhận: nội dung tệp không phải là "
            + EvidenceKind.ACCEPTED_TEXT + " (hệ thống kiểm tra nội dung thật của tệp, không dựa vào phần mở rộng "
            + "hay tên tệp). Chỉ chấp nhận tệp PDF, DOCX, JPEG, PNG, tối đa " + maxSizeMb + " MB mỗi tệp."));
    return new AcceptedFile(kind, EvidenceFileName.of(originalName, kind), content.length, sha256(content));
  }

  public static String checkNote(String note) {
    String trimmed = note == null ? null : note.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > MAX_NOTE_LENGTH) {
      throw new InvalidInputException("Ghi chú dài quá " + MAX_NOTE_LENGTH + " ký tự.");
    }
    return trimmed;
  }

  /** A size as users read it: "850 KB", "1,5 MB". */
  public static String sizeText(long bytes) {
    if (bytes < 1024) {
      return bytes + " byte";
    }
    if (bytes < BYTES_PER_MB) {
      return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP) + " KB";
    }
    return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(BYTES_PER_MB), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString().replace('.', ',') + " MB";
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
