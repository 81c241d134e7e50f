package vn.gov.soctrang.tnmt.tdkt.merit;

import java.util.List;

/**
 * What the award standards read in the register for one nominee and the cycle's year: earlier awards (before the
 * year) and the unbroken runs of years that end with the year or the one before it.
 *
 * @param provincialBangKhenYear the latest earlier Bằng khen of a ministry or the province, if any
 * @param primeMinisterBangKhenYear the latest earlier Bằng khen of the Prime Minister, if any
 * @param excellentYearsInRow years in a row «hoàn thành xuất sắc nhiệm vụ» (for a unit also Tập thể lao động xuất sắc)
 * @param excellentYearsAfterProvincial of those, the years after the latest provincial Bằng khen
 * @param excellentYearsAfterPrimeMinister of those, the years after the latest Bằng khen of the Prime Minister
 * @param cstdCoSoInRow years in a row with the title Chiến sĩ thi đua cơ sở
 * @param used what was read, in Vietnamese, for the Office
 */
public record PriorFacts(Integer provincialBangKhenYear, Integer primeMinisterBangKhenYear, int excellentYearsInRow,
    int excellentYearsAfterProvincial, int excellentYearsAfterPrimeMinister, int cstdCoSoInRow, List<String> used) {

  public PriorFacts {
    used = List.copyOf(used);
  }

  public boolean hasProvincialBangKhen() {
    return provincialBangKhenYear != null;
  }

  public boolean hasPrimeMinisterBangKhen() {
    return primeMinisterBangKhenYear != null;
  }

  /** The facts as the Office reads them under the nomination: «Căn cứ sổ theo dõi: …». */
  public String summary() {
    return used.isEmpty() ? "Sổ theo dõi chưa có danh hiệu, khen thưởng nào của đối tượng này."
        : String.join("; ", used) + ".";
  }
}
