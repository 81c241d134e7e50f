package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Writes a batch in the open format of schema {@value NationalExportSchema#VERSION}: the JSON document and the CSV. */
final class ExportFiles {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExportFiles() {
  }

  /** The JSON document of a batch (or of a preview, whose batchId is null), as the schema describes it. */
  record Document(String schemaVersion, String batchId, Integer scopeYear, String generatedAt, int recordCount,
      List<Item> records) {
  }

  /** One record of the document. */
  record Item(String recordId, String recordType, int year, String kind, String code, String name, Nominee nominee,
      UnitRef unit, Decision decision, String legalBasis, Integer registerNumber,
      @JsonInclude(JsonInclude.Include.NON_NULL) Revocation revocation) {
  }

  record Nominee(String type, String key, String name) {
  }

  record UnitRef(String code, String name) {
  }

  record Decision(String number, String date, String authority) {
  }

  record Revocation(String revokes, String groundCode, String ground) {
  }

  static Document document(String batchId, Integer scopeYear, Instant generatedAt, List<ExportRecord> records) {
    return new Document(NationalExportSchema.VERSION, batchId, scopeYear, generatedAt.toString(), records.size(),
        records.stream().map(ExportFiles::item).toList());
  }

  static Item item(ExportRecord r) {
    return new Item(r.recordId(), r.recordType(), r.year(), r.kind(), r.code(), r.name(),
        new Nominee(r.nomineeType(), r.nomineeKey(), r.nomineeName()),
        r.unitCode() == null ? null : new UnitRef(r.unitCode(), r.unitName()),
        new Decision(r.decisionNumber(), iso(r.decisionDate()), r.decisionAuthority()), r.legalBasis(),
        r.registerNumber(), ExportRecord.REVOCATION.equals(r.recordType())
            ? new Revocation(r.revokes(), r.revocationGroundCode(), r.revocationGround()) : null);
  }

  static byte[] json(Document document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: comma, CRLF, every field in double quotes (doubled inside), UTF-8 without BOM, a header row. */
  static byte[] csv(List<ExportRecord> records) {
    StringBuilder out = new StringBuilder();
    line(out, NationalExportSchema.CSV_COLUMNS.stream().map(c -> (Object) c).toList());
    for (ExportRecord r : records) {
      line(out, java.util.Arrays.asList(r.recordId(), r.recordType(), r.year(), r.kind(), r.code(), r.name(),
          r.nomineeType(), r.nomineeKey(), r.nomineeName(), r.unitCode(), r.unitName(), r.decisionNumber(),
          iso(r.decisionDate()), r.decisionAuthority(), r.legalBasis(), r.registerNumber(), r.revokes(),
          r.revocationGroundCode(), r.revocationGround()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values.get(i);
      out.append('"').append(v == null ? "" : v.toString().replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
