-- Defaults for the second half of the cycle (DOMAIN.md §5, §6, §8); not all are confirmed by the legal texts,
-- so they are dated settings an administrator may supersede.
insert into setting (setting_key, setting_value, effective_from, note) values
 ('council.quorumPercent', '66.67', date '2021-01-01', 'Số thành viên Hội đồng tối thiểu có mặt (% tổng số thành viên)'),
 ('council.approvalPercent.inHouse', '70', date '2021-01-01', 'Tỷ lệ đồng ý tối thiểu (% tổng số thành viên): Giấy khen, Bằng khen UBND tỉnh'),
 ('council.approvalPercent.state', '90', date '2021-01-01', 'Tỷ lệ đồng ý tối thiểu (% tổng số thành viên): Bằng khen Thủ tướng, Huân chương'),
 ('council.workingDays', '10', date '2021-01-01', 'Thời hạn Hội đồng xét (ngày làm việc)'),
 ('disclosure.workingDays.inHouse', '5', date '2021-01-01', 'Thời gian công khai lấy ý kiến (ngày làm việc): khen thưởng của Sở'),
 ('disclosure.workingDays.state', '10', date '2021-01-01', 'Thời gian công khai lấy ý kiến (ngày làm việc): khen thưởng cấp Nhà nước'),
 ('province.reminderWorkingDays', '15', date '2021-01-01', 'Nhắc khi tỉnh chưa trả lời sau (ngày làm việc)'),
 ('province.reminderWorkingDays.withAgencies', '30', date '2021-01-01', 'Nhắc khi tỉnh chưa trả lời, có lấy ý kiến cơ quan khác (ngày làm việc)');
