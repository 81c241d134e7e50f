package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.util.List;

/**
 * How a batch reaches the national database. The built-in one drops files into a folder ({@link FileDropTransport});
 * a message adapter, or the ministry's own format once it is published, is one more bean implementing this interface
 * (it may ignore the open-format files and write the {@link Batch#records()} in its own format). The transport in use
 * is chosen by {@code tdkt.national-export.transport} (its {@link #name()}).
 *
 * <p>A delivery runs inside the export's transaction: when it throws, nothing of the batch is stored and the
 * transport must leave nothing delivered behind.
 */
interface ExportTransport {

  /** The name written into the ledger and chosen by configuration, e.g. {@code file-drop}. */
  String name();

  /**
   * Delivers one batch (again, when {@code resend}).
   *
   * @return a reference of the delivery the Office can quote (a file path, a message id)
   */
  String deliver(Batch batch, boolean resend);

  /** One batch: its reference, its records, and its open-format files (schema {@value NationalExportSchema#VERSION}). */
  record Batch(String batchRef, List<ExportRecord> records, byte[] json, byte[] csv) {
  }
}
