package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Recognises a Word document (.docx): a ZIP archive whose directory names {@code [Content_Types].xml} and
 * {@code word/document.xml}, and whose content types declare a plain Word document (not a macro-enabled .docm or a
 * template). The archive's central directory is read directly from the bytes, so nothing but the small content-types
 * part is ever decompressed (a ZIP bomb costs nothing), and a malformed archive is simply "not a Word document".
 */
final class WordArchive {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String MAIN_DOCUMENT = "word/document.xml";
  static final String WORD_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int MAX_ENTRIES = 10_000;
  private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

  private WordArchive() {
  }

  static boolean isWordDocument(byte[] zip) {
    try {
      if (zip.length < 22 || u32(zip, 0) != LOCAL_HEADER) {
        return false;
      }
      Map<String, Entry> entries = directory(zip);
      if (entries == null || !entries.containsKey(MAIN_DOCUMENT) || entries.containsKey("word/vbaProject.bin")) {
        return false;
      }
      Entry types = entries.get(CONTENT_TYPES);
      if (types == null) {
        return false;
      }
      byte[] xml = read(zip, types);
      return xml != null && new String(xml, StandardCharsets.UTF_8).contains(WORD_MAIN_TYPE);
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  private record Entry(int flags, int method, long compressedSize, long size, long localOffset) {
  }

  /** The entries named in the central directory, or null when the archive is not a plain, readable ZIP. */
  private static Map<String, Entry> directory(byte[] zip) {
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
      if (u32(zip, i) == END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    int count = u16(zip, end + 10);
    long directorySize = u32(zip, end + 12);
    long directoryOffset = u32(zip, end + 16);
    if (count == 0xFFFF || count > MAX_ENTRIES || directoryOffset + directorySize > end) {
      return null; // ZIP64, absurdly many entries or an inconsistent directory: no Word document
    }
    Map<String, Entry> entries = new HashMap<>();
    int p = (int) directoryOffset;
    for (int n = 0; n < count; n++) {
      if (u32(zip, p) != CENTRAL_HEADER) {
        return null;
      }
      int nameLength = u16(zip, p + 28);
      int extraLength = u16(zip, p + 30);
      int commentLength = u16(zip, p + 32);
      String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
      entries.put(name, new Entry(u16(zip, p + 8), u16(zip, p + 10), u32(zip, p + 20), u32(zip, p + 24),
          u32(zip, p + 42)));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The uncompressed bytes of a small entry, or null when it is encrypted, too large or unreadable. */
  private static byte[] read(byte[] zip, Entry entry) {
    boolean encrypted = (entry.flags() & 1) != 0;
    if (encrypted || entry.size() > MAX_CONTENT_TYPES_BYTES || entry.localOffset() > zip.length - 30) {
      return null;
    }
    int local = (int) entry.localOffset();
    if (u32(zip, local) != LOCAL_HEADER) {
      return null;
    }
    long start = (long) local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (start + entry.compressedSize() > zip.length) {
      return null;
    }
    int from = (int) start;
    int length = (int) entry.compressedSize();
    if (entry.method() == 0) {
      byte[] stored = new byte[length];
      System.arraycopy(zip, from, stored, 0, length);
      return stored;
    }
    if (entry.method() != 8) {
      return null;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_CONTENT_TYPES_BYTES) {
          return null;
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }
}
