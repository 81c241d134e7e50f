package vn.gov.soctrang.tnmt.tdkt.notification;

/** Someone a message goes to: their account, their name for the greeting and their address. */
record Recipient(String username, String fullName, String email) {
}
