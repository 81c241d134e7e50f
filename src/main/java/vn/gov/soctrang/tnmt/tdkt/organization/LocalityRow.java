package vn.gov.soctrang.tnmt.tdkt.organization;

/**
 * One row of an imported list of places, as written in the file (text, not yet checked).
 *
 * @param row the row's number in the file, the header being row 1, as a spreadsheet shows it
 * @param code the locality's code, which a later import or PUT updates it by
 * @param name e.g. «Phường 1» or «Xã Phú Tâm»
 * @param level {@code WARD} or the Vietnamese word («phường»); see {@link LocalityKind#read}
 * @param parentCode the code of the place it belongs to (in the database or elsewhere in the file), or empty
 * @param validFrom the first day it exists ({@code 2025-07-01} or {@code 01/07/2025}), or empty: since ever
 * @param validTo the last day it exists, or empty: it still exists
 * @param note where the dates come from, e.g. the resolution's number and date
 */
record LocalityRow(int row, String code, String name, String level, String parentCode, String validFrom,
    String validTo, String note) {
}
