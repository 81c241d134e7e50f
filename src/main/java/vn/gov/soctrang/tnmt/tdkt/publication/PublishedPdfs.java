package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.Optional;

/**
 * Where the public pages find a year's published list as PDF. The documents module writes that PDF and provides
 * this (it depends on publication, not the other way round).
 */
public interface PublishedPdfs {

  /** The latest published list of the year, if there is one. */
  Optional<PdfFile> publicList(int year);

  record PdfFile(String fileName, String contentType, byte[] content) {
  }
}
