-- Defaults from the Department's rules (DOMAIN.md §4–§8); administrators add newer dated rows to change them.
insert into setting (setting_key, setting_value, effective_from, note) values
 ('cycle.firstYear', '2021', date '2021-01-01', 'Năm đầu tiên của phong trào thi đua'),
 ('cycle.maxYearsAhead', '1', date '2021-01-01', 'Số năm tối đa được mở chu trình trước năm hiện tại'),
 ('cycle.finalSummaryYear', '2025', date '2021-01-01', 'Năm tổng kết phong trào giai đoạn 2021–2025'),
 ('report.deadlineDays', '15', date '2021-01-01', 'Hạn báo cáo của đơn vị: số ngày sau khi phát động'),
 ('report.reminderDaysBefore', '3', date '2021-01-01', 'Nhắc hạn báo cáo trước hạn bao nhiêu ngày'),
 ('report.returnGraceDays', '5', date '2021-01-01', 'Số ngày tối thiểu để đơn vị chỉnh sửa khi bị trả lại'),
 ('consolidation.workingDays', '10', date '2021-01-01', 'Thời hạn Văn phòng tổng hợp (ngày làm việc)'),
 ('difficulty.answerWorkingDays', '10', date '2021-01-01', 'Thời hạn trả lời phản ánh (ngày làm việc)');
