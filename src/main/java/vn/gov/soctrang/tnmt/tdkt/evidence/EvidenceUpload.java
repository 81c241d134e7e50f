package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.io.IOException;

/**
 * A file as it arrives: the name the user's computer gave it, its size, and a way to read it (read only once the
 * size is known to be acceptable).
 */
record EvidenceUpload(String originalName, long size, Content content, String note) {

  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }
}
