package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published schema of the export: its version, its resource, the columns of its flat file. */
final class NationalExportSchema {

  /** The schema version written into every batch (docs/national-export.md, «Phiên bản»). */
  static final String VERSION = "1.0";

  static final String RESOURCE = "national-export/national-export-" + VERSION + ".schema.json";

  /** The columns of the CSV file, in order; each is a field of the JSON record (docs/national-export.md). */
  static final List<String> CSV_COLUMNS = List.of("record_id", "record_type", "year", "kind", "code", "name",
      "nominee_type", "nominee_key", "nominee_name", "unit_code", "unit_name", "decision_number", "decision_date",
      "decision_authority", "legal_basis", "register_number", "revokes_record_id", "revocation_ground_code",
      "revocation_ground");

  private NationalExportSchema() {
  }

  static byte[] bytes() {
    try (InputStream in = NationalExportSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
