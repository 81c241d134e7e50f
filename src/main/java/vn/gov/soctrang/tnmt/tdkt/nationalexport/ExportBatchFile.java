package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The files of a batch as first delivered, kept apart from the batch so that lists never read them. */
@Entity
@Table(name = "national_export_batch_file")
class ExportBatchFile {

  @Id
  @Column(name = "batch_id")
  private Long batchId;

  @Column(name = "json_bytes", nullable = false)
  private byte[] json;

  @Column(name = "csv_bytes", nullable = false)
  private byte[] csv;

  protected ExportBatchFile() {
  }

  ExportBatchFile(Long batchId, byte[] json, byte[] csv) {
    this.batchId = batchId;
    this.json = json;
    this.csv = csv;
  }

  byte[] getJson() {
    return json;
  }

  byte[] getCsv() {
    return csv;
  }
}
