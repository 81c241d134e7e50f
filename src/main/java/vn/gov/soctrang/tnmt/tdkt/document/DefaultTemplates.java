package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.gov.soctrang.tnmt.tdkt.council.Attendance;
import vn.gov.soctrang.tnmt.tdkt.document.TemplateSchema.Repeat;

/**
 * The documents the Office lays out itself: for each kind, the placeholders its template may use and the template the
 * release ships, built by {@link DocxBuilder} with placeholders where the values go. An administrator downloads the
 * default, edits it in Word and uploads it with the date it applies from.
 */
final class DefaultTemplates {

  /** A kind the Office may lay out: its placeholders and the template shipped with the release. */
  record Kind(TemplateSchema schema, Supplier<byte[]> template) {
  }

  private static final Map<DocumentKind, Kind> KINDS = new EnumMap<>(DocumentKind.class);

  private static final String BODY = "co_quan_chu_quan";

  static {
    KINDS.put(DocumentKind.DIRECTOR_DECISION, new Kind(heading()
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký (Giám đốc Sở đang công tác); để trống nếu chưa có")
        .value("nam", "Năm của đợt thi đua, ví dụ 2026")
        .value("phong_trao", "Tên phong trào thi đua, trong ngoặc kép")
        .value("doi_tuong", "Số tập thể, cá nhân được khen, ví dụ “2 tập thể và 14 cá nhân”")
        .list("can_cu", "Các căn cứ pháp lý còn hiệu lực vào ngày văn bản (bảng legal_basis)", Repeat.PARAGRAPH,
            "dong", "Một dòng “Căn cứ …”, không có dấu chấm phẩy ở cuối")
        .list("danh_sach", "Danh sách tập thể, cá nhân được tặng Giấy khen", Repeat.ROW,
            "stt", "Số thứ tự", "ho_ten", "Họ và tên cá nhân hoặc tên tập thể", "chuc_vu", "Chức vụ",
            "don_vi", "Tên đơn vị vào ngày quyết định")
        .build(), DefaultTemplates::decision));
    KINDS.put(DocumentKind.TITLES_DECISION, new Kind(heading()
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký (Giám đốc Sở đang công tác); để trống nếu chưa có")
        .value("nam", "Năm bình xét danh hiệu thi đua, ví dụ 2026")
        .value("doi_tuong", "Số tập thể, cá nhân được công nhận, ví dụ “1 tập thể và 3 cá nhân”")
        .list("can_cu", "Các căn cứ pháp lý còn hiệu lực vào ngày quyết định (bảng legal_basis)", Repeat.PARAGRAPH,
            "dong", "Một dòng “Căn cứ …”, không có dấu chấm phẩy ở cuối")
        .list("tong_hop", "Số tập thể, cá nhân theo từng danh hiệu", Repeat.PARAGRAPH,
            "dong", "Một dòng, ví dụ “Danh hiệu “Lao động tiên tiến”: 3 cá nhân;”, dòng cuối kết thúc bằng dấu chấm")
        .list("danh_sach", "Danh sách tập thể, cá nhân được công nhận danh hiệu", Repeat.ROW,
            "stt", "Số thứ tự", "ho_ten", "Họ và tên cá nhân hoặc tên tập thể vào ngày quyết định", "chuc_vu",
            "Chức vụ của cá nhân", "don_vi", "Đơn vị vào ngày quyết định (tập thể: tên cơ quan)",
            "danh_hieu", "Danh hiệu thi đua được công nhận")
        .build(), DefaultTemplates::titlesDecision));
    KINDS.put(DocumentKind.AD_HOC_DECISION, new Kind(heading()
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký (Giám đốc Sở đang công tác); để trống nếu chưa có")
        .value("hinh_thuc", "Hình thức khen thưởng theo quy định khen thưởng đột xuất đang có hiệu lực, ví dụ “Giấy "
            + "khen”")
        .value("doi_tuong", "“cá nhân” hoặc “tập thể”")
        .value("ho_ten", "Họ và tên cá nhân hoặc tên tập thể vào ngày quyết định")
        .value("noi_cong_tac", "Chức vụ, đơn vị và cơ quan của cá nhân; tên cơ quan đối với tập thể")
        .value("don_vi_de_nghi", "Tên đơn vị đề nghị vào ngày quyết định")
        .value("thanh_tich", "Thành tích đột xuất, do đơn vị khai (không có dấu chấm ở cuối)")
        .value("ngay_thanh_tich", "Ngày lập được thành tích, ví dụ “05/12/2026”")
        .value("ket_qua", "Kết quả, hiệu quả của thành tích, do đơn vị khai (không có dấu chấm ở cuối)")
        .list("can_cu", "Các căn cứ pháp lý còn hiệu lực vào ngày quyết định (bảng legal_basis)", Repeat.PARAGRAPH,
            "dong", "Một dòng “Căn cứ …”, không có dấu chấm phẩy ở cuối")
        .build(), DefaultTemplates::adHocDecision));
    KINDS.put(DocumentKind.THEMATIC_DECISION, new Kind(heading()
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký (Giám đốc Sở đang công tác); để trống nếu chưa có")
        .value("phong_trao", "Tên phong trào thi đua theo chuyên đề, trong ngoặc kép")
        .value("tu_ngay", "Ngày bắt đầu đợt thi đua, ví dụ “01/01/2027”")
        .value("den_ngay", "Ngày kết thúc đợt thi đua, ví dụ “31/03/2027”")
        .value("hinh_thuc", "Hình thức khen thưởng khi tổng kết của phong trào, ví dụ “Giấy khen của Giám đốc Sở …”")
        .value("doi_tuong", "Số tập thể, cá nhân được khen, ví dụ “1 tập thể và 2 cá nhân”")
        .list("can_cu", "Các căn cứ: pháp lý còn hiệu lực vào ngày quyết định (bảng legal_basis), văn bản phát động "
            + "phong trào, biên bản họp Hội đồng khi Hội đồng đã xét", Repeat.PARAGRAPH,
            "dong", "Một dòng “Căn cứ …”, không có dấu chấm phẩy ở cuối")
        .list("danh_sach", "Tập thể, cá nhân được khen thưởng tại Điều 1", Repeat.PARAGRAPH,
            "stt", "Số thứ tự", "ho_ten", "Họ và tên cá nhân hoặc tên tập thể vào ngày quyết định",
            "noi_cong_tac", "Chức vụ, đơn vị và cơ quan của cá nhân; tên cơ quan đối với tập thể",
            "thanh_tich", "Thành tích trong phong trào, do đơn vị khai, kết thúc bằng “;” (mục cuối bằng “.”)")
        .build(), DefaultTemplates::thematicDecision));
    KINDS.put(DocumentKind.THEMATIC_SUMMARY, new Kind(heading()
        .value("phong_trao", "Tên phong trào thi đua theo chuyên đề, trong ngoặc kép")
        .value("tu_ngay", "Ngày bắt đầu đợt thi đua, ví dụ “01/01/2027”")
        .value("den_ngay", "Ngày kết thúc đợt thi đua, ví dụ “31/03/2027”")
        .value("van_ban_phat_dong", "Văn bản phát động: số, ngày và cơ quan ban hành")
        .value("tham_gia", "Đoạn về số đơn vị đăng ký, tham gia và báo cáo kết quả, kèm tên các đơn vị tham gia")
        .value("khen_thuong", "Đoạn về quyết định khen thưởng (số, ngày, hình thức, số tập thể, cá nhân) hoặc "
            + "“không có” khi không ai được khen thưởng")
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký (Giám đốc Sở đang công tác); để trống nếu chưa có")
        .list("tieu_chi", "Các tiêu chí của phong trào", Repeat.PARAGRAPH, "stt", "Số thứ tự tiêu chí",
            "noi_dung", "Nội dung tiêu chí, kết thúc bằng “;” (mục cuối bằng “.”)")
        .list("ket_qua", "Kết quả từng đơn vị báo cáo theo từng tiêu chí", Repeat.ROW, "stt", "Số thứ tự",
            "tieu_chi", "Tiêu chí (số thứ tự)", "don_vi", "Tên đơn vị vào ngày báo cáo", "ket_qua",
            "Kết quả đơn vị báo cáo")
        .list("danh_sach", "Tập thể, cá nhân được khen thưởng", Repeat.PARAGRAPH, "stt", "Số thứ tự", "ho_ten",
            "Họ và tên cá nhân hoặc tên tập thể", "noi_cong_tac", "Đơn vị của cá nhân; tên cơ quan đối với tập thể, "
                + "kết thúc bằng “;” (mục cuối bằng “.”)")
        .build(), DefaultTemplates::thematicSummary));
    KINDS.put(DocumentKind.PROPOSAL, new Kind(heading()
        .value("hinh_thuc", "Hình thức khen thưởng đề nghị, ví dụ “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”")
        .value("nam", "Năm của đợt thi đua")
        .value("kinh_gui", "Nơi nhận tờ trình theo thẩm quyền, từ bảng document_wording (PROPOSAL_ADDRESSEE)")
        .value("qua", "Cơ quan tham mưu về thi đua, khen thưởng tờ trình đi qua (PROPOSAL_THROUGH)")
        .value("de_nghi", "Đoạn đề nghị: ai trình ai tặng hình thức nào cho bao nhiêu tập thể, cá nhân")
        .value("ket_thuc", "Đoạn kết của tờ trình (PROPOSAL_CLOSING)")
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký; để trống nếu chưa có")
        .list("can_cu", "Các căn cứ: pháp lý còn hiệu lực, kế hoạch phong trào, biên bản họp Hội đồng",
            Repeat.PARAGRAPH, "dong", "Một dòng “Căn cứ …” đã có dấu câu cuối dòng (“;”, dòng cuối “,”)")
        .list("danh_sach", "Danh sách đề nghị khen thưởng", Repeat.ROW,
            "stt", "Số thứ tự", "ho_ten", "Họ và tên cá nhân hoặc tên tập thể", "chuc_vu", "Chức vụ",
            "don_vi", "Tên đơn vị vào ngày tờ trình", "thanh_tich", "Tóm tắt thành tích (và sáng kiến)",
            "hinh_thuc", "Hình thức đề nghị")
        .build(), DefaultTemplates::proposal));
    KINDS.put(DocumentKind.CONSOLIDATED_REPORT, new Kind(heading()
        .value("phong_trao", "Tên phong trào thi đua, trong ngoặc kép")
        .value("nam", "Năm của đợt thi đua")
        .value("so_don_vi", "Số phòng, đơn vị tham gia")
        .value("so_don_vi_da_tiep_nhan", "Số đơn vị có báo cáo đã được Văn phòng tiếp nhận")
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .list("don_vi", "Kết quả của từng đơn vị", Repeat.ROW, "stt", "Số thứ tự", "ten", "Tên đơn vị",
            "tinh_trang", "Tình trạng báo cáo", "van_ban", "Số văn bản hướng dẫn", "tuyen_truyen", "Số buổi tuyên truyền",
            "tham_du", "Số lượt người tham dự", "dia_phuong", "Địa phương hỗ trợ")
        .list("de_nghi", "Các đề nghị khen thưởng và kết quả đánh giá", Repeat.ROW, "stt", "Số thứ tự",
            "ten", "Tập thể, cá nhân", "don_vi", "Đơn vị", "hinh_thuc", "Hình thức đề nghị", "ket_qua", "Kết quả",
            "ly_do", "Lý do (và căn cứ sổ theo dõi)")
        .build(), DefaultTemplates::consolidatedReport));
    KINDS.put(DocumentKind.FINAL_SUMMARY_REPORT, new Kind(heading()
        .value("phong_trao", "Tên phong trào thi đua, trong ngoặc kép")
        .value("tu_nam", "Năm đầu của giai đoạn")
        .value("den_nam", "Năm cuối của giai đoạn")
        .value("ket_qua_chung", "Đoạn tổng hợp số liệu chung của giai đoạn")
        .value("co_quan_thi_dua", "Cơ quan thi đua, khen thưởng của tỉnh vào ngày báo cáo (PROPOSAL_THROUGH)")
        .value("chuc_danh_thu_truong", "Chức danh người đứng đầu cơ quan, ví dụ “Giám đốc”")
        .value("nguoi_ky", "Họ và tên người ký; để trống nếu chưa có")
        .list("don_vi", "Số liệu của từng đơn vị qua các năm", Repeat.ROW, "stt", "Số thứ tự", "ten", "Tên đơn vị",
            "so_nam_bao_cao", "Số năm có báo cáo được tiếp nhận", "van_ban", "Số văn bản hướng dẫn",
            "tuyen_truyen", "Số buổi tuyên truyền", "tham_du", "Số lượt người tham dự",
            "de_nghi", "Số đề nghị (số đạt)", "giay_khen", "Số Giấy khen", "bang_khen_ubnd", "Số Bằng khen UBND tỉnh",
            "bang_khen_ttg", "Số Bằng khen Thủ tướng", "huan_chuong_ld3", "Số Huân chương Lao động hạng Ba")
        .build(), DefaultTemplates::finalSummary));
    TemplateSchema.Builder minutes = heading()
        .value("nam", "Năm xét khen thưởng")
        .value("noi_dung", "Nội dung Hội đồng xét, sau chữ “xét”: “khen thưởng”, “công nhận danh hiệu thi đua”, "
            + "“khen thưởng đột xuất”, “khen thưởng tổng kết phong trào thi đua theo chuyên đề …”")
        .value("thoi_gian", "Giờ và ngày họp")
        .value("dia_diem", "Địa điểm họp")
        .value("chu_tri", "Họ và tên người chủ trì")
        .value("thu_ky", "Họ và tên thư ký")
        .value("tong_so", "Tổng số thành viên Hội đồng")
        .value("so_co_mat", "Số thành viên có mặt")
        .value("ty_le_hop_le", "Tỷ lệ có mặt để phiên họp hợp lệ, ví dụ “hai phần ba”")
        .value("ban_kiem_phieu", "Họ và tên các thành viên Ban kiểm phiếu")
        .value("phieu_phat_ra", "Số phiếu phát ra")
        .value("phieu_thu_ve", "Số phiếu thu về")
        .value("phieu_van_ban", "Số phiếu bằng văn bản của thành viên vắng mặt")
        .value("phieu_hop_le", "Số phiếu hợp lệ")
        .value("phieu_khong_hop_le", "Số phiếu không hợp lệ")
        .list("ket_qua", "Kết quả biểu quyết từng đề nghị (chỉ có số phiếu, không có phiếu của từng người)", Repeat.ROW,
            "stt", "Số thứ tự", "ten", "Tập thể, cá nhân", "don_vi", "Đơn vị", "hinh_thuc", "Hình thức đề nghị",
            "dong_y", "Số phiếu đồng ý", "khong_dong_y", "Số phiếu không đồng ý",
            "ty_le", "Tỷ lệ đồng ý trên tổng số thành viên", "can_dat", "Số phiếu đồng ý cần đạt",
            "ket_qua", "Kết quả");
    for (Attendance kind : Attendance.values()) {
      String rows = DocumentWriter.MINUTES_GROUPS.get(kind);
      minutes.list("nhom_" + rows, "Nhóm thành viên “" + kind.label() + "”, chỉ in khi có người", Repeat.BLOCK)
          .list(rows, "Thành viên " + kind.label().toLowerCase(java.util.Locale.forLanguageTag("vi")), Repeat.ROW,
              "stt", "Số thứ tự", "ho_ten", "Họ và tên", "chuc_danh", "Chức danh trong Hội đồng");
    }
    KINDS.put(DocumentKind.COUNCIL_MINUTES, new Kind(minutes.build(), DefaultTemplates::minutes));
    KINDS.put(DocumentKind.ACHIEVEMENT_REPORT, new Kind(TemplateSchema.builder()
        .value("mau_so", "Số mẫu của báo cáo theo nghị định có hiệu lực vào ngày báo cáo (bảng document_wording)")
        .value("nghi_dinh", "Nghị định ban hành mẫu")
        .value("dia_danh_ngay", "Địa danh và ngày báo cáo")
        .value("co_quan", "Tên cơ quan vào ngày báo cáo")
        .value("co_quan_chu_quan", "Tên cơ quan chủ quản vào ngày báo cáo")
        .value("hinh_thuc", "Hình thức khen thưởng đề nghị")
        .value("phong_trao", "Tên phong trào thi đua, trong ngoặc kép")
        .value("nam", "Năm của đợt thi đua")
        .value("ho_ten", "Họ và tên cá nhân hoặc tên tập thể")
        .value("don_vi", "Đơn vị công tác vào ngày báo cáo")
        .value("chuc_vu", "Chức vụ; dòng chấm khi chưa có")
        .value("nhiem_vu", "Chức vụ và đơn vị: quyền hạn, nhiệm vụ đảm nhận; dòng chấm khi chưa có")
        .value("thanh_tich", "Thành tích đạt được, do đơn vị khai")
        .value("nguoi_ky", "Họ và tên Giám đốc Sở (xác nhận, đề nghị)")
        .value("cho_trong", "Dòng chấm để điền tay những gì hệ thống không lưu")
        .list("tap_the", "Phần chỉ in trong báo cáo của tập thể", Repeat.BLOCK)
        .list("ca_nhan", "Phần chỉ in trong báo cáo của cá nhân", Repeat.BLOCK,
            "gioi_tinh", "Giới tính; dòng chấm khi chưa có", "hoan_thanh", "Câu xác nhận hoàn thành nhiệm vụ năm")
        .list("dang_ky", "Đăng ký thi đua của tập thể, khi có", Repeat.BLOCK,
            "cam_ket", "Nội dung đăng ký", "dia_phuong", "Địa phương chỉ đạo, hỗ trợ")
        .list("sang_kien", "Sáng kiến, khi có", Repeat.BLOCK, "noi_dung", "Sáng kiến, giải pháp")
        .list("ket_qua_don_vi", "Kết quả phong trào của đơn vị, khi đã báo cáo", Repeat.BLOCK,
            "noi_dung", "Số văn bản, buổi tuyên truyền, lượt tham dự, hỗ trợ địa phương")
        .list("co_danh_hieu", "Phần in khi sổ theo dõi có danh hiệu", Repeat.BLOCK)
        .list("chua_co_danh_hieu", "Phần in khi sổ theo dõi chưa có danh hiệu", Repeat.BLOCK)
        .list("danh_hieu", "Các danh hiệu thi đua những năm trước", Repeat.ROW,
            "nam", "Năm", "ten", "Danh hiệu", "quyet_dinh", "Số, ngày quyết định; cơ quan ban hành")
        .list("co_khen_thuong", "Phần in khi có hình thức khen thưởng", Repeat.BLOCK)
        .list("chua_co_khen_thuong", "Phần in khi chưa có hình thức khen thưởng", Repeat.BLOCK)
        .list("khen_thuong", "Các hình thức khen thưởng những năm trước", Repeat.ROW,
            "nam", "Năm", "ten", "Hình thức khen thưởng", "quyet_dinh", "Số, ngày quyết định; cơ quan ban hành")
        .build(), DefaultTemplates::achievementReport));
    KINDS.put(DocumentKind.CERTIFICATES, new Kind(TemplateSchema.builder()
        .value("nam", "Năm của đợt thi đua")
        .value("phong_trao", "Tên phong trào thi đua, trong ngoặc kép")
        .value("nguoi_ky", "Họ và tên người ký Giấy khen")
        .list("giay_khen", "Mỗi Giấy khen trong sổ khen thưởng là một trang", Repeat.BLOCK,
            "chuc_danh", "Chức danh người đứng đầu cơ quan vào ngày quyết định, ví dụ “Giám đốc”",
            "co_quan", "Tên cơ quan vào ngày quyết định",
            "ho_ten", "Họ và tên cá nhân hoặc tên tập thể được khen",
            "noi_cong_tac", "Đơn vị và cơ quan của cá nhân; tên cơ quan đối với tập thể",
            "so_quyet_dinh", "Số, ký hiệu quyết định khen thưởng",
            "so_vao_so", "Số vào sổ khen thưởng của năm",
            "dia_danh_ngay", "Địa danh và ngày quyết định, ví dụ “<địa danh>, ngày 15 tháng 01 năm 2027”")
        .build(), DefaultTemplates::certificates));
  }

  private DefaultTemplates() {
  }

  static Optional<Kind> of(DocumentKind kind) {
    return Optional.ofNullable(KINDS.get(kind));
  }

  static List<DocumentKind> kinds() {
    return List.copyOf(KINDS.keySet());
  }

  /** The heading's placeholders, shared by the documents with a number and a date. */
  private static TemplateSchema.Builder heading() {
    return TemplateSchema.builder()
        .value(BODY, "Tên cơ quan chủ quản (cơ quan cấp trên) vào ngày văn bản")
        .value("co_quan", "Tên cơ quan ban hành vào ngày văn bản")
        .value("so_ky_hieu", "Số và ký hiệu văn bản, ví dụ “12/QĐ-STNMT”; “……/QĐ-STNMT” khi chưa cấp số")
        .value("dia_danh_ngay", "Địa danh và ngày tháng năm ban hành; để chấm khi chưa có ngày");
  }

  private static DocxBuilder withHeading(DocxBuilder doc) {
    return doc.heading("{{" + BODY + "}}", "{{co_quan}}", "{{so_ky_hieu}}", "{{dia_danh_ngay}}");
  }

  private static byte[] decision() {
    return withHeading(DocxBuilder.portrait())
        .title("Quyết định", "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích\ntrong phong trào thi đua "
            + "{{phong_trao}} năm {{nam}}")
        .display("{{CHUC_DANH_THU_TRUONG}} {{CO_QUAN}}", 13, true)
        .legalBases(List.of("{{can_cu.dong}}", "Căn cứ kết quả xét của Hội đồng Thi đua – Khen thưởng Sở và kết quả"
            + " công khai lấy ý kiến", "Theo đề nghị của Chánh Văn phòng Sở"), ".")
        .display("QUYẾT ĐỊNH:", 13, true)
        .paragraph("Điều 1. Tặng Giấy khen của {{chuc_danh_thu_truong}} {{co_quan}} cho {{doi_tuong}} (có danh sách"
            + " kèm theo) đã có thành tích trong phong trào thi đua {{phong_trao}} năm {{nam}}.")
        .paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
        .paragraph("Điều 3. Chánh Văn phòng Sở, Thủ trưởng các phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên "
            + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("Như Điều 3", "Lưu: VT, VP"))
        .pageBreak()
        .title("Danh sách", "Tập thể, cá nhân được tặng Giấy khen năm {{nam}}\n(Kèm theo Quyết định số {{so_ky_hieu}})")
        .table(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị"), List.of(List.of("{{danh_sach.stt}}",
            "{{danh_sach.ho_ten}}", "{{danh_sach.chuc_vu}}", "{{danh_sach.don_vi}}")), 1, 6, 4, 5)
        .build();
  }

  private static byte[] titlesDecision() {
    return withHeading(DocxBuilder.portrait())
        .title("Quyết định", "Về việc công nhận danh hiệu thi đua năm {{nam}}")
        .display("{{CHUC_DANH_THU_TRUONG}} {{CO_QUAN}}", 13, true)
        .legalBases(List.of("{{can_cu.dong}}", "Căn cứ kết quả bình xét danh hiệu thi đua năm {{nam}} của các phòng,"
            + " đơn vị thuộc Sở và kết quả đối chiếu với tiêu chuẩn danh hiệu thi đua", "Theo đề nghị của Chánh Văn "
            + "phòng Sở"), ".")
        .display("QUYẾT ĐỊNH:", 13, true)
        .paragraph("Điều 1. Công nhận danh hiệu thi đua năm {{nam}} cho {{doi_tuong}} thuộc {{co_quan}} (có danh "
            + "sách kèm theo), gồm:")
        .paragraph("- {{tong_hop.dong}}")
        .paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
        .paragraph("Điều 3. Chánh Văn phòng Sở, Thủ trưởng các phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên "
            + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("Như Điều 3", "Lưu: VT, VP"))
        .pageBreak()
        .title("Danh sách", "Tập thể, cá nhân được công nhận danh hiệu thi đua năm {{nam}}\n(Kèm theo Quyết định số "
            + "{{so_ky_hieu}})")
        .table(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Danh hiệu thi đua"),
            List.of(row("danh_sach", "stt", "ho_ten", "chuc_vu", "don_vi", "danh_hieu")), 1, 6, 4, 5, 5)
        .build();
  }

  private static byte[] adHocDecision() {
    return withHeading(DocxBuilder.portrait())
        .title("Quyết định", "Về việc khen thưởng đột xuất")
        .display("{{CHUC_DANH_THU_TRUONG}} {{CO_QUAN}}", 13, true)
        .legalBases(List.of("{{can_cu.dong}}", "Xét đề nghị của Thủ trưởng {{don_vi_de_nghi}} và của Chánh Văn phòng"
            + " Sở"), ".")
        .display("QUYẾT ĐỊNH:", 13, true)
        .paragraph("Điều 1. Tặng {{hinh_thuc}} của {{chuc_danh_thu_truong}} {{co_quan}} cho {{doi_tuong}} "
            + "{{ho_ten}}, {{noi_cong_tac}}, đã có thành tích xuất sắc đột xuất: {{thanh_tich}} (ngày "
            + "{{ngay_thanh_tich}}); kết quả: {{ket_qua}}.")
        .paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
        .paragraph("Điều 3. Chánh Văn phòng Sở, Thủ trưởng {{don_vi_de_nghi}} và {{doi_tuong}} có tên tại Điều 1 chịu"
            + " trách nhiệm thi hành Quyết định này./.")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("Như Điều 3", "Lưu: VT, VP"))
        .build();
  }

  private static byte[] thematicDecision() {
    return withHeading(DocxBuilder.portrait())
        .title("Quyết định", "Về việc khen thưởng tổng kết phong trào thi đua theo chuyên đề\n{{phong_trao}}")
        .display("{{CHUC_DANH_THU_TRUONG}} {{CO_QUAN}}", 13, true)
        .legalBases(List.of("{{can_cu.dong}}", "Xét đề nghị của Chánh Văn phòng Sở"), ".")
        .display("QUYẾT ĐỊNH:", 13, true)
        .paragraph("Điều 1. Tặng {{hinh_thuc}} cho {{doi_tuong}} đã có thành tích xuất sắc trong phong trào thi đua "
            + "theo chuyên đề {{phong_trao}} (từ ngày {{tu_ngay}} đến ngày {{den_ngay}}), gồm:")
        .paragraph("{{danh_sach.stt}}. {{danh_sach.ho_ten}}, {{danh_sach.noi_cong_tac}}, đã có thành tích: "
            + "{{danh_sach.thanh_tich}}")
        .paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
        .paragraph("Điều 3. Chánh Văn phòng Sở, Thủ trưởng các phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên "
            + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("Như Điều 3", "Lưu: VT, VP"))
        .build();
  }

  private static byte[] thematicSummary() {
    return withHeading(DocxBuilder.portrait())
        .title("Báo cáo", "Tổng kết phong trào thi đua theo chuyên đề\n{{phong_trao}}")
        .section("I. PHONG TRÀO THI ĐUA")
        .paragraph("Phong trào thi đua theo chuyên đề {{phong_trao}} được phát động theo {{van_ban_phat_dong}}, thời "
            + "gian thực hiện từ ngày {{tu_ngay}} đến ngày {{den_ngay}}, với các tiêu chí:")
        .paragraph("{{tieu_chi.stt}}. {{tieu_chi.noi_dung}}")
        .section("II. KẾT QUẢ THỰC HIỆN")
        .paragraph("{{tham_gia}}")
        .paragraph("Kết quả các đơn vị báo cáo theo từng tiêu chí:")
        .table(List.of("STT", "Tiêu chí", "Đơn vị", "Kết quả"), List.of(row("ket_qua", "stt", "tieu_chi", "don_vi",
            "ket_qua")), 1, 2, 4, 8)
        .section("III. KHEN THƯỞNG")
        .paragraph("{{khen_thuong}}")
        .paragraph("{{danh_sach.stt}}. {{danh_sach.ho_ten}}, {{danh_sach.noi_cong_tac}}")
        .paragraph("Trên đây là báo cáo tổng kết phong trào thi đua theo chuyên đề {{phong_trao}} của {{co_quan}}./.")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("{{co_quan_chu_quan}} (báo cáo)",
            "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"))
        .build();
  }

  private static byte[] proposal() {
    return withHeading(DocxBuilder.portrait())
        .title("Tờ trình", "Về việc đề nghị tặng {{hinh_thuc}}\nnăm {{nam}}")
        .display("Kính gửi: {{kinh_gui}} (qua {{qua}})", 13, false)
        .legalBases(List.of("{{can_cu.dong}}"), "")
        .paragraph("{{de_nghi}}")
        .paragraph("{{ket_thuc}}")
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("Như trên", "{{qua}}", "Lưu: VT, VP"))
        .pageBreak()
        .title("Danh sách", "Đề nghị tặng {{hinh_thuc}} năm {{nam}}\n(Kèm theo Tờ trình số {{so_ky_hieu}})")
        .table(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Tóm tắt thành tích",
            "Hình thức đề nghị"), List.of(List.of("{{danh_sach.stt}}", "{{danh_sach.ho_ten}}", "{{danh_sach.chuc_vu}}",
            "{{danh_sach.don_vi}}", "{{danh_sach.thanh_tich}}", "{{danh_sach.hinh_thuc}}")), 2, 8, 5, 6, 12, 5)
        .build();
  }

  private static byte[] consolidatedReport() {
    DocxBuilder doc = withHeading(DocxBuilder.portrait())
        .title("Báo cáo", "Kết quả thực hiện phong trào thi đua {{phong_trao}}\nnăm {{nam}}")
        .section("I. TÌNH HÌNH TRIỂN KHAI")
        .paragraph("Thực hiện Kế hoạch phong trào thi đua {{phong_trao}}, {{so_don_vi}} phòng, đơn vị thuộc Sở tham"
            + " gia; {{so_don_vi_da_tiep_nhan}} đơn vị đã gửi báo cáo được Văn phòng Sở tiếp nhận.")
        .section("II. KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ")
        .table(List.of("STT", "Đơn vị", "Tình trạng báo cáo", "Văn bản hướng dẫn", "Buổi tuyên truyền",
            "Lượt người tham dự", "Địa phương hỗ trợ"), List.of(row("don_vi", "stt", "ten", "tinh_trang", "van_ban",
            "tuyen_truyen", "tham_du", "dia_phuong")))
        .section("III. ĐỀ NGHỊ KHEN THƯỞNG VÀ KẾT QUẢ ĐÁNH GIÁ THEO TIÊU CHÍ")
        .table(List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức đề nghị", "Kết quả", "Lý do"),
            List.of(row("de_nghi", "stt", "ten", "don_vi", "hinh_thuc", "ket_qua", "ly_do")));
    return doc.signature("TL. {{chuc_danh_thu_truong}}", "Chánh Văn phòng", null, List.of("Hội đồng Thi đua – Khen "
        + "thưởng Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP")).build();
  }

  private static byte[] finalSummary() {
    return withHeading(DocxBuilder.portrait())
        .title("Báo cáo", "Tổng kết phong trào thi đua {{phong_trao}}\ngiai đoạn {{tu_nam}}–{{den_nam}}")
        .section("I. KẾT QUẢ CHUNG")
        .paragraph("{{ket_qua_chung}}")
        .section("II. SỐ LIỆU THEO ĐƠN VỊ")
        .table(List.of("STT", "Đơn vị", "Số năm báo cáo", "Văn bản hướng dẫn", "Buổi tuyên truyền",
            "Lượt tham dự", "Đề nghị", "Giấy khen", "Bằng khen UBND tỉnh", "Bằng khen Thủ tướng",
            "Huân chương LĐ hạng Ba"), List.of(row("don_vi", "stt", "ten", "so_nam_bao_cao", "van_ban", "tuyen_truyen",
            "tham_du", "de_nghi", "giay_khen", "bang_khen_ubnd", "bang_khen_ttg", "huan_chuong_ld3")))
        .signature(null, "{{chuc_danh_thu_truong}}", "{{nguoi_ky}}", List.of("{{co_quan_chu_quan}} (báo cáo)",
            "{{co_quan_thi_dua}}", "Lưu: VT, VP"))
        .build();
  }

  /** A table's template row: one placeholder per column. */
  private static List<String> row(String list, String... fields) {
    return java.util.Arrays.stream(fields).map(f -> "{{" + list + "." + f + "}}").toList();
  }

  private static byte[] minutes() {
    DocxBuilder doc = withHeading(DocxBuilder.portrait())
        .title("Biên bản", "Họp Hội đồng Thi đua – Khen thưởng {{co_quan}}\nxét {{noi_dung}} năm {{nam}}")
        .paragraph("Thời gian: {{thoi_gian}}.")
        .paragraph("Địa điểm: {{dia_diem}}.")
        .paragraph("Chủ trì: {{chu_tri}}. Thư ký: {{thu_ky}}.")
        .section("I. THÀNH PHẦN")
        .paragraph("Hội đồng có {{tong_so}} thành viên; có mặt {{so_co_mat}}/{{tong_so}} thành viên (phiên họp hợp lệ"
            + " khi có mặt {{ty_le_hop_le}} tổng số thành viên).");
    for (Attendance kind : Attendance.values()) {
      String rows = DocumentWriter.MINUTES_GROUPS.get(kind);
      doc.marker("{{#nhom_" + rows + "}}").paragraph(kind.label() + ":")
          .table(List.of("STT", "Họ và tên", "Chức danh trong Hội đồng"), List.of(row(rows, "stt", "ho_ten",
              "chuc_danh")), 1, 6, 5)
          .marker("{{/nhom_" + rows + "}}");
    }
    return doc.section("II. BẦU BAN KIỂM PHIẾU VÀ KIỂM PHIẾU")
        .paragraph("Ban kiểm phiếu: {{ban_kiem_phieu}}.")
        .paragraph("Hình thức biểu quyết: bỏ phiếu kín. Số phiếu phát ra: {{phieu_phat_ra}}; số phiếu thu về: "
            + "{{phieu_thu_ve}} (trong đó {{phieu_van_ban}} phiếu bằng văn bản của thành viên vắng mặt); số phiếu hợp"
            + " lệ: {{phieu_hop_le}}; số phiếu không hợp lệ: {{phieu_khong_hop_le}}.")
        .section("III. KẾT QUẢ BIỂU QUYẾT")
        .table(List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức đề nghị", "Đồng ý", "Không đồng ý",
            "Tỷ lệ đồng ý / tổng số thành viên", "Số phiếu đồng ý cần đạt", "Kết quả"), List.of(row("ket_qua", "stt",
            "ten", "don_vi", "hinh_thuc", "dong_y", "khong_dong_y", "ty_le", "can_dat", "ket_qua")),
            2, 8, 6, 6, 3, 3, 4, 4, 4)
        .paragraph("Biên bản được thư ký và Ban kiểm phiếu xác nhận; Ban kiểm phiếu: {{ban_kiem_phieu}}.")
        .twoSignatures("Thư ký", "{{thu_ky}}", "Chủ trì", "{{chu_tri}}")
        .build();
  }

  private static byte[] achievementReport() {
    String blank = "{{cho_trong}}";
    List<String> awardHeaders = List.of("Năm", "Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen "
        + "thưởng; cơ quan ban hành quyết định");
    return DocxBuilder.portrait().formHeading("{{mau_so}}\n(Ban hành kèm theo {{nghi_dinh}})")
        .dateLine("{{dia_danh_ngay}}")
        .title("Báo cáo thành tích", "Đề nghị tặng {{hinh_thuc}}\n(Thành tích trong phong trào thi đua {{phong_trao}}"
            + " năm {{nam}})")
        .marker("{{#tap_the}}")
        .section("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")
        .paragraph("1. Đặc điểm, tình hình:")
        .paragraph("- Tên tập thể (ghi đầy đủ bằng chữ in thường, không viết tắt): {{ho_ten}}.")
        .paragraph("- Địa điểm trụ sở chính, điện thoại: " + blank)
        .paragraph("- Quá trình thành lập và phát triển: {{ho_ten}} thuộc {{co_quan}} ({{co_quan_chu_quan}}). " + blank)
        .paragraph("- Tổng số cán bộ, công chức, viên chức, người lao động: " + blank)
        .paragraph("2. Chức năng, nhiệm vụ: " + blank)
        .marker("{{/tap_the}}")
        .marker("{{#dang_ky}}")
        .paragraph("Đăng ký thi đua năm {{nam}}: {{dang_ky.cam_ket}} Địa phương chỉ đạo, hỗ trợ: "
            + "{{dang_ky.dia_phuong}}.")
        .marker("{{/dang_ky}}")
        .marker("{{#ca_nhan}}")
        .section("I. SƠ LƯỢC LÝ LỊCH")
        .paragraph("- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): {{ho_ten}}.")
        .paragraph("- Sinh ngày, tháng, năm: " + blank + " Giới tính: {{ca_nhan.gioi_tinh}}")
        .paragraph("- Quê quán: " + blank)
        .paragraph("- Trú quán: " + blank)
        .paragraph("- Đơn vị công tác: {{don_vi}}, {{co_quan}}.")
        .paragraph("- Chức vụ (Đảng, chính quyền, đoàn thể): {{chuc_vu}}")
        .paragraph("- Trình độ chuyên môn, nghiệp vụ: " + blank)
        .paragraph("- Học hàm, học vị, danh hiệu, giải thưởng: " + blank)
        .paragraph("- Thời gian công tác (số năm công tác): " + blank)
        .marker("{{/ca_nhan}}")
        .section("II. THÀNH TÍCH ĐẠT ĐƯỢC")
        .marker("{{#tap_the}}")
        .paragraph("1. Kết quả thực hiện nhiệm vụ được giao:")
        .paragraph("{{thanh_tich}}")
        .marker("{{/tap_the}}")
        .marker("{{#ca_nhan}}")
        .paragraph("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận: {{nhiem_vu}}")
        .paragraph("2. Thành tích đạt được của cá nhân: {{thanh_tich}}")
        .paragraph("{{ca_nhan.hoan_thanh}}")
        .marker("{{/ca_nhan}}")
        .marker("{{#sang_kien}}")
        .paragraph("Sáng kiến, giải pháp hữu ích: {{sang_kien.noi_dung}}")
        .marker("{{/sang_kien}}")
        .marker("{{#ket_qua_don_vi}}")
        .paragraph("Kết quả phong trào của đơn vị: {{ket_qua_don_vi.noi_dung}}")
        .marker("{{/ket_qua_don_vi}}")
        .section("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
        .paragraph("1. Danh hiệu thi đua:")
        .marker("{{#chua_co_danh_hieu}}")
        .paragraph("Sổ theo dõi thi đua, khen thưởng của Sở chưa ghi danh hiệu nào. " + blank)
        .marker("{{/chua_co_danh_hieu}}")
        .marker("{{#co_danh_hieu}}")
        .table(List.of("Năm", "Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; "
            + "cơ quan ban hành quyết định"), List.of(row("danh_hieu", "nam", "ten", "quyet_dinh")), 1, 3, 5)
        .marker("{{/co_danh_hieu}}")
        .paragraph("2. Hình thức khen thưởng:")
        .marker("{{#chua_co_khen_thuong}}")
        .paragraph("Sổ theo dõi thi đua, khen thưởng của Sở chưa ghi hình thức khen thưởng nào. " + blank)
        .marker("{{/chua_co_khen_thuong}}")
        .marker("{{#co_khen_thuong}}")
        .table(awardHeaders, List.of(row("khen_thuong", "nam", "ten", "quyet_dinh")), 1, 3, 5)
        .marker("{{/co_khen_thuong}}")
        // The Director certifies: as head of the body that employs the individual, or as the collective's direct
        // superior.
        .marker("{{#tap_the}}")
        .twoSignatures("Thủ trưởng cơ quan cấp trên trực tiếp xác nhận, đề nghị", "{{nguoi_ky}}", "Thủ trưởng đơn vị",
            null)
        .marker("{{/tap_the}}")
        .marker("{{#ca_nhan}}")
        .twoSignatures("Thủ trưởng đơn vị xác nhận, đề nghị", "{{nguoi_ky}}", "Người báo cáo thành tích",
            "{{ho_ten}}")
        .marker("{{/ca_nhan}}")
        .build();
  }

  private static byte[] certificates() {
    return DocxBuilder.landscape().withoutPageNumbers()
        .marker("{{#giay_khen}}")
        .pageBreak()
        .motto()
        .display("{{giay_khen.CHUC_DANH}} {{giay_khen.CO_QUAN}}", 16, true)
        .display("TẶNG", 16, true)
        .display("GIẤY KHEN", 36, true)
        .display("{{giay_khen.ho_ten}}", 26, true)
        .display("{{giay_khen.noi_cong_tac}}", 15, false)
        .display("Đã có thành tích xuất sắc trong phong trào thi đua {{phong_trao}} năm {{nam}}", 15, false)
        .signature(List.of("Quyết định số {{giay_khen.so_quyet_dinh}}", "Số vào sổ khen thưởng: "
            + "{{giay_khen.so_vao_so}}"), "{{giay_khen.dia_danh_ngay}}", "{{giay_khen.chuc_danh}}", "{{nguoi_ky}}")
        .marker("{{/giay_khen}}")
        .build();
  }
}
