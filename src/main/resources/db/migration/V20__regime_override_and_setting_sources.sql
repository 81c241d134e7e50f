-- Issue 14. (1) Which legal regime governs a cycle's dossiers follows from the date they reached the deciding level;
-- the administrator may fix that date for a cycle (e.g. a dossier submitted before 01/07/2025 but decided after),
-- which the audit trail records with its reason. (2) Every default setting says where it comes from.
alter table cycle add column regime_date date;
alter table cycle add column regime_date_reason varchar(1000);

update setting set note = 'Số năm tối đa được mở chu trình trước năm hiện tại. Quy ước vận hành của hệ thống, không phải quy định pháp luật.'
  where setting_key = 'cycle.maxYearsAhead' and effective_from = date '2021-01-01';
update setting set note = 'Hạn báo cáo của đơn vị: số ngày sau khi phát động. Mặc định theo quy trình của Văn phòng Sở (Kế hoạch phong trào mục IV.2: hằng năm các đơn vị báo cáo về Văn phòng Sở); Sở xác nhận theo Quy chế thi đua, khen thưởng của Sở.'
  where setting_key = 'report.deadlineDays' and effective_from = date '2021-01-01';
update setting set note = 'Nhắc hạn báo cáo trước hạn bao nhiêu ngày. Quy ước vận hành của hệ thống.'
  where setting_key = 'report.reminderDaysBefore' and effective_from = date '2021-01-01';
update setting set note = 'Số ngày tối thiểu để đơn vị chỉnh sửa khi bị trả lại. Quy ước vận hành của hệ thống.'
  where setting_key = 'report.returnGraceDays' and effective_from = date '2021-01-01';
update setting set note = 'Thời hạn Văn phòng tổng hợp (ngày làm việc). Mặc định theo quy trình của Văn phòng Sở (Kế hoạch phong trào mục IV.3); Sở xác nhận theo Quy chế thi đua, khen thưởng của Sở.'
  where setting_key = 'consolidation.workingDays' and effective_from = date '2021-01-01';
update setting set note = 'Thời hạn trả lời phản ánh (ngày làm việc). Quy ước vận hành của Văn phòng Sở.'
  where setting_key = 'difficulty.answerWorkingDays' and effective_from = date '2021-01-01';
update setting set note = 'Số thành viên Hội đồng tối thiểu có mặt (% tổng số thành viên). Theo quy chế hoạt động của Hội đồng Thi đua – Khen thưởng Sở (thường là hai phần ba); cần đối chiếu quy chế của Sở.'
  where setting_key = 'council.quorumPercent' and effective_from = date '2021-01-01';
update setting set note = 'Tỷ lệ đồng ý tối thiểu (% tổng số thành viên): Giấy khen, Bằng khen UBND tỉnh. Pháp luật trung ương không quy định tỷ lệ chung cho hai hình thức này; giá trị do quy chế thi đua, khen thưởng của tỉnh và của Sở quy định — cần xác nhận.'
  where setting_key = 'council.approvalPercent.inHouse' and effective_from = date '2021-01-01';
update setting set note = 'Tỷ lệ đồng ý tối thiểu (% tổng số thành viên): Bằng khen Thủ tướng, Huân chương. Tham chiếu mức 90% mà Nghị định 98/2023/NĐ-CP (Điều 30) đặt cho danh hiệu Chiến sĩ thi đua cấp tỉnh trở lên; cần xác nhận theo văn bản đang có hiệu lực.'
  where setting_key = 'council.approvalPercent.state' and effective_from = date '2021-01-01';
update setting set note = 'Thời hạn Hội đồng xét (ngày làm việc). Quy ước vận hành của Sở.'
  where setting_key = 'council.workingDays' and effective_from = date '2021-01-01';
update setting set note = 'Thời gian công khai lấy ý kiến trong Sở (ngày làm việc): khen thưởng của Sở. Theo quy chế thi đua, khen thưởng của Sở; cần xác nhận.'
  where setting_key = 'disclosure.workingDays.inHouse' and effective_from = date '2021-01-01';
update setting set note = 'Thời gian công khai lấy ý kiến (ngày làm việc) khi có đề nghị khen thưởng cấp Nhà nước: 10 ngày làm việc theo Nghị định 98/2023/NĐ-CP, Điều 46 (nay Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2, theo báo cáo — cần đối chiếu).'
  where setting_key = 'disclosure.workingDays.state' and effective_from = date '2021-01-01';
update setting set note = 'Nhắc khi tỉnh chưa trả lời sau (ngày làm việc). Thời hạn giải quyết hồ sơ của cơ quan thi đua cấp tỉnh; cần đối chiếu Nghị định đang có hiệu lực.'
  where setting_key = 'province.reminderWorkingDays' and effective_from = date '2021-01-01';
update setting set note = 'Nhắc khi tỉnh chưa trả lời, có lấy ý kiến cơ quan khác (ngày làm việc). Thời hạn khi phải lấy ý kiến cơ quan liên quan; cần đối chiếu Nghị định đang có hiệu lực.'
  where setting_key = 'province.reminderWorkingDays.withAgencies' and effective_from = date '2021-01-01';
