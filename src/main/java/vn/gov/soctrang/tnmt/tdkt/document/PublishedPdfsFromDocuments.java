package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.publication.PublishedPdfs;

/** The public pages' published lists: the latest PUBLIC_LIST document of the year, as its PDF. */
@Component
class PublishedPdfsFromDocuments implements PublishedPdfs {

  private final DocumentService documents;

  PublishedPdfsFromDocuments(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public Optional<PdfFile> publicList(int year) {
    return documents.publicPdf(year).map(f -> new PdfFile(f.fileName(), f.contentType(), f.content()));
  }
}
