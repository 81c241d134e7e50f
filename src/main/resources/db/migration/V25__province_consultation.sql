-- The province's public consultation (lấy ý kiến Nhân dân) on nominees for state honours, shown as a step of the
-- upward proposal. Before the province's Council considers a Huân chương (or another honour the law names), the
-- province publishes the list for comment; the Department's proposal waits in that step and the reminder for a late
-- answer counts from its end. Which awards need it and how long it lasts are dated settings; the proposal records,
-- per round, whether the consultation applies and its dates. Written for H2 and PostgreSQL alike.

alter table province_submission add column consultation_status varchar(20);
alter table province_submission add column consultation_posted_on date;
alter table province_submission add column consultation_ends_on date;
alter table province_submission add constraint ck_province_consultation_status
  check (consultation_status is null or consultation_status in ('AWAITING_POSTING', 'OPEN', 'NOT_HELD'));

-- One row per key from the first year of the movement; the sources over the legal regimes are in the notes. Texts
-- were checked through public notices quoting them (the decrees' own texts were not at hand): see each note.
insert into setting (setting_key, setting_value, effective_from, note) values
 ('province.consultation.HUAN_CHUONG_LD3', 'REQUIRED', date '2021-01-01',
  'Tỉnh công khai danh sách lấy ý kiến Nhân dân trước khi Hội đồng TĐKT tỉnh xét: huân chương và danh hiệu vinh dự nhà nước (khoản 5 Điều 84 Luật TĐKT 2022). Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2; trước 2024 Nghị định 91/2017/NĐ-CP, Điều 45 khoản 10. Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2: theo báo cáo, chưa đối chiếu văn bản.'),
 ('province.consultation.BANG_KHEN_TTG', 'NOT_REQUIRED', date '2021-01-01',
  'Bằng khen của Thủ tướng Chính phủ: Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2 chỉ nêu huân chương và danh hiệu vinh dự nhà nước, nên mặc định không lấy ý kiến Nhân dân. Cần đối chiếu Nghị định 152/2025/NĐ-CP và quy định thi đua, khen thưởng của tỉnh.'),
 ('province.consultation.BANG_KHEN_UBND', 'NOT_REQUIRED', date '2021-01-01',
  'Bằng khen của Chủ tịch UBND tỉnh: quy định lấy ý kiến Nhân dân (Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2) chỉ nêu khen thưởng cấp Nhà nước. Tỉnh có thể quy định khác trong quy chế của tỉnh.'),
 ('province.consultationWorkingDays', '10', date '2021-01-01',
  'Thời gian tỉnh lấy ý kiến Nhân dân (ngày làm việc): ít nhất 10 ngày làm việc trước khi họp Hội đồng TĐKT tỉnh, Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2 (đối chiếu qua thông báo của Bộ Công Thương và Ban TĐKT Hà Nội năm 2024). Nghị định 91/2017 không quy định số ngày. Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2: chưa đối chiếu.');
