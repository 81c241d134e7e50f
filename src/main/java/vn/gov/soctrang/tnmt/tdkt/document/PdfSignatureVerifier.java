package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Checks that a PDF carries digital signatures that hold: each signature's CMS (PKCS#7 / CAdES, detached) verifies
 * against the bytes its ByteRange names (the digest of the signed content matches, the signature over it is the
 * certificate's), the last signature's ByteRange covers the whole file (nothing was added after signing), and the
 * certificate was within its validity at the signing time. It reads the signer (the certificate's CN), the issuer and
 * the signing time. It does not check that the certificate chains to a trusted CA, nor revocation: no trust list is
 * available offline here, and the result says so.
 */
final class PdfSignatureVerifier {

  /** Subfilters whose /Contents is a detached CMS SignedData over the ByteRange. */
  private static final Set<String> DETACHED = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");

  /** One verified signature. {@code signedAt} comes from the CMS signing-time attribute, else the PDF's /M. */
  public record Signature(String signer, String issuer, String serial, Instant signedAt, int revisionEnd) {
  }

  /** What was verified: every signature in file order; the last one covers the whole file. */
  public record Result(List<Signature> signatures) {
    public Signature last() {
      return signatures.get(signatures.size() - 1);
    }
  }

  private PdfSignatureVerifier() {
  }

  public static Result verify(byte[] file) {
    if (file == null || file.length < 8 || !startsWith(file, "%PDF-")) {
      throw new InvalidInputException("Tệp tải lên không phải là tệp PDF.");
    }
    List<PDSignature> found;
    try (PDDocument pdf = Loader.loadPDF(file)) {
      found = pdf.getSignatureDictionaries();
    } catch (IOException e) {
      throw new InvalidInputException("Tệp tải lên không đọc được như một tệp PDF (tệp hỏng hoặc không phải PDF).");
    }
    if (found.isEmpty()) {
      throw new InvalidInputException("Tệp PDF chưa có chữ ký số: vui lòng ký số văn bản bằng chứng thư số của người"
          + " ký rồi tải lên lại.");
    }
    List<Signature> verified = new ArrayList<>();
    int number = 0;
    for (PDSignature signature : found) {
      number++;
      verified.add(verifyOne(signature, file, found.size() == 1 ? "" : " thứ " + number));
    }
    verified.sort((a, b) -> Integer.compare(a.revisionEnd(), b.revisionEnd()));
    if (verified.get(verified.size() - 1).revisionEnd() != file.length) {
      throw new InvalidInputException("Chữ ký số không bao trùm toàn bộ tệp PDF: tệp đã bị thêm hoặc sửa nội dung sau"
          + " khi ký. Vui lòng tải lên đúng tệp đã ký, không chỉnh sửa sau khi ký.");
    }
    return new Result(List.copyOf(verified));
  }

  private static Signature verifyOne(PDSignature signature, byte[] file, String which) {
    String subFilter = signature.getSubFilter();
    if (subFilter == null || !DETACHED.contains(subFilter)) {
      throw new InvalidInputException("Chữ ký số" + which + " dùng định dạng «" + subFilter + "» mà hệ thống không"
          + " kiểm tra được (hệ thống nhận chữ ký PAdES/CAdES hoặc PKCS#7 tách rời: adbe.pkcs7.detached,"
          + " ETSI.CAdES.detached).");
    }
    int[] range = signature.getByteRange();
    if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
        || range[3] < 0 || (long) range[2] + range[3] > file.length || !hexGap(file, range[1], range[2])) {
      throw new InvalidInputException("Chữ ký số" + which + " có vùng ký (ByteRange) không hợp lệ: tệp PDF đã bị"
          + " chỉnh sửa hoặc không đúng chuẩn.");
    }
    byte[] signedContent;
    byte[] contents;
    try {
      signedContent = signature.getSignedContent(file);
      contents = signature.getContents(file);
    } catch (IOException e) {
      throw new InvalidInputException("Không đọc được nội dung chữ ký số" + which + " trong tệp PDF.");
    }
    CMSSignedData cms;
    try {
      // /Contents is padded with zeros after the DER object: read that one object only.
      ContentInfo info;
      try (ASN1InputStream in = new ASN1InputStream(contents)) {
        info = ContentInfo.getInstance(in.readObject());
      }
      cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
    } catch (CMSException | IOException | RuntimeException e) {
      throw new InvalidInputException("Chữ ký số" + which + " không đọc được: không đúng định dạng CMS/PKCS#7"
          + " hoặc tệp PDF đã bị sửa.");
    }
    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new InvalidInputException("Chữ ký số" + which + " phải có đúng một người ký (có " + signers.size() + ").");
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(
        (Selector<X509CertificateHolder>) signer.getSID());
    if (matches.isEmpty()) {
      throw new InvalidInputException("Chữ ký số" + which + " không kèm chứng thư số của người ký.");
    }
    X509CertificateHolder certificate = matches.iterator().next();
    boolean valid;
    try {
      valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (org.bouncycastle.cms.CMSVerifierCertificateNotValidException e) {
      throw new InvalidInputException("Chứng thư số của người ký" + which + " không còn hoặc chưa có hiệu lực tại"
          + " thời điểm ký.");
    } catch (CMSException e) {
      valid = false;
    } catch (OperatorCreationException | java.security.cert.CertificateException | RuntimeException e) {
      throw new InvalidInputException("Không kiểm tra được chữ ký số" + which + " (thuật toán hoặc chứng thư số không"
          + " được hỗ trợ).");
    }
    if (!valid) {
      throw new InvalidInputException("Chữ ký số" + which + " không hợp lệ: nội dung tệp PDF đã bị thay đổi sau khi"
          + " ký (giá trị băm không khớp) hoặc chữ ký không phải của chứng thư số kèm theo.");
    }
    Instant signedAt = signingTime(signer, signature);
    if (signedAt == null) {
      throw new InvalidInputException("Chữ ký số" + which + " không ghi thời điểm ký.");
    }
    if (!certificate.isValidOn(java.util.Date.from(signedAt))) {
      throw new InvalidInputException("Chứng thư số của người ký" + which + " không còn hoặc chưa có hiệu lực tại"
          + " thời điểm ký.");
    }
    return new Signature(commonName(certificate.getSubject()), certificate.getIssuer().toString(),
        certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT), signedAt, range[2] + range[3]);
  }

  private static Instant signingTime(SignerInformation signer, PDSignature signature) {
    if (signer.getSignedAttributes() != null) {
      Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
      if (attribute != null && attribute.getAttrValues().size() > 0) {
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        try {
          return Time.getInstance(value).getDate().toInstant();
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
  }

  static String commonName(X500Name name) {
    RDN[] cn = name.getRDNs(BCStyle.CN);
    if (cn.length == 0 || cn[0].getFirst() == null) {
      return name.toString();
    }
    return IETFUtils.valueToString(cn[0].getFirst().getValue());
  }

  /** The gap between the two signed ranges holds only the hex string of /Contents: {@code <…>}. */
  private static boolean hexGap(byte[] file, int from, int to) {
    if (to > file.length || file[from] != '<' || file[to - 1] != '>') {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      byte b = file[i];
      boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] file, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (file[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
