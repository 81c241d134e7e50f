package vn.gov.soctrang.tnmt.tdkt.province;

/** Where a proposal goes after an answer of the province. */
enum ProvinceNext {
  /** Some nominations came back for more documents: the Office prepares the dossier again. */
  RETURNED,
  /** Some nominations still have no answer: keep waiting. */
  PENDING,
  /** Every nomination has its final answer. */
  DONE
}
