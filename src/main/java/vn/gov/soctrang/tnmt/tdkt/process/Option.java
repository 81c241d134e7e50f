package vn.gov.soctrang.tnmt.tdkt.process;

/** One entry of a select or radio in a Camunda Form: what the user reads and the code that is stored. */
public record Option(String label, String value) {
}
