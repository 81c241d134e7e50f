package vn.gov.soctrang.tnmt.tdkt.notification;

/** A message ready for the outbox: subject, plain text, and the same as simple HTML. */
record ComposedMail(String subject, String text, String html) {
}
