package vn.gov.soctrang.tnmt.tdkt.document;

/**
 * The issuing body as documents name it: the superior body, the Department, where it signs, and who signs. Kept in
 * the settings file so a reorganisation changes no code.
 */
record Organisation(String superior, String name, String shortSymbol, String place, String directorTitle) {
}
