package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Recognises a Word document (.docx): a ZIP archive whose directory names {@code [Content_Types].xml} and
 * {@code word/document.xml}, and whose content types declare a plain Word document (not a macro-enabled .docm or a
 * template). The archive's central directory is read by Commons Compress from the bytes in memory; nothing but the
 * small content-types part is ever decompressed, and that with a limit (a ZIP bomb costs nothing), and a malformed
 * or encrypted archive is simply "not a Word document".
 */
final class WordArchive {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String MAIN_DOCUMENT = "word/document.xml";
  static final String WORD_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private static final int MAX_ENTRIES = 10_000;
  private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

  private WordArchive() {
  }

  static boolean isWordDocument(byte[] zip) {
    if (zip.length < 22 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
      return false;
    }
    try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
        .setUseUnicodeExtraFields(true).get()) {
      if (tooManyEntries(archive) || archive.getEntry(MAIN_DOCUMENT) == null
          || archive.getEntry("word/vbaProject.bin") != null) {
        return false;
      }
      ZipArchiveEntry types = archive.getEntry(CONTENT_TYPES);
      if (types == null || !archive.canReadEntryData(types) || types.getSize() > MAX_CONTENT_TYPES_BYTES) {
        return false;
      }
      byte[] xml = readAtMost(archive, types);
      return xml != null && new String(xml, StandardCharsets.UTF_8).contains(WORD_MAIN_TYPE);
    } catch (IOException | RuntimeException e) {
      // Not a ZIP, a truncated one, an unsupported method: not a Word document either way.
      return false;
    }
  }

  private static boolean tooManyEntries(ZipFile archive) {
    int count = 0;
    for (Enumeration<ZipArchiveEntry> e = archive.getEntries(); e.hasMoreElements(); e.nextElement()) {
      if (++count > MAX_ENTRIES) {
        return true;
      }
    }
    return false;
  }

  /** The entry's bytes, or null when it inflates to more than the limit whatever its header says. */
  private static byte[] readAtMost(ZipFile archive, ZipArchiveEntry entry) throws IOException {
    try (InputStream in = archive.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
      return bytes.length > MAX_CONTENT_TYPES_BYTES ? null : bytes;
    }
  }
}
