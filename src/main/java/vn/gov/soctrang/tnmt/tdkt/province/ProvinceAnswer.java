package vn.gov.soctrang.tnmt.tdkt.province;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/**
 * The province's answer to a proposal, per nominee: approved under its decision, returned for more documents, or
 * refused. It may cover only some of the nominees; the others keep waiting.
 */
record ProvinceAnswer(List<Long> approved, String decisionNumber, LocalDate decisionDate,
    List<Long> returned, String returnReason, List<Long> refused, String refusalReason) {

  public ProvinceAnswer {
    approved = List.copyOf(approved);
    returned = List.copyOf(returned);
    refused = List.copyOf(refused);
  }

  /**
   * @param waiting the nominations of the submission that wait for an answer
   * @param dispatchDate when the proposal left the Department: the province cannot decide before it
   */
  public void check(Set<Long> waiting, LocalDate dispatchDate, Problems problems) {
    problems.addIf(approved.isEmpty() && returned.isEmpty() && refused.isEmpty(),
        "Vui lòng chọn ít nhất một tập thể, cá nhân đã có kết quả của tỉnh.");
    Set<Long> seen = new HashSet<>();
    for (List<Long> group : List.of(approved, returned, refused)) {
      for (Long id : group) {
        if (!waiting.contains(id)) {
          problems.add("Đề nghị số " + id + " không nằm trong tờ trình đang chờ kết quả.");
        } else if (!seen.add(id)) {
          problems.add("Một đề nghị chỉ có một kết quả: đề nghị số " + id + " được chọn ở nhiều mục.");
        }
      }
    }
    if (!approved.isEmpty()) {
      problems.addIf(Texts.isBlank(decisionNumber), "Vui lòng nhập số quyết định khen thưởng của tỉnh.");
      problems.addIf(decisionDate == null, "Vui lòng nhập ngày quyết định khen thưởng của tỉnh.");
      problems.addIf(decisionDate != null && dispatchDate != null && decisionDate.isBefore(dispatchDate),
          "Ngày quyết định của tỉnh không được trước ngày gửi tờ trình.");
    }
    problems.addIf(!returned.isEmpty() && Texts.isBlank(returnReason),
        "Vui lòng ghi nội dung tỉnh yêu cầu bổ sung hồ sơ.");
    problems.addIf(!refused.isEmpty() && Texts.isBlank(refusalReason),
        "Vui lòng ghi lý do tỉnh không khen thưởng.");
  }
}
