-- The office calendar keeps two kinds of dated rows: days off (public holidays under the Labour Code 2019 art. 112,
-- compensatory days under art. 111(3), days swapped by the Government) and make-up working days (a Saturday worked
-- in exchange for a swapped day off). Each row says where it comes from. A year whose days the Government has not yet
-- announced is provisional: its rows are an estimate from the Labour Code and deadlines falling in it may move.
-- Written for H2 and PostgreSQL alike. Rows of V3 keep their date and name; they only gain a kind and a source.

alter table holiday add column kind varchar(20) default 'DAY_OFF' not null;
alter table holiday add column note varchar(1000);
alter table holiday add constraint ck_holiday_kind check (kind in ('DAY_OFF', 'WORKING_DAY'));

create table calendar_year (
  calendar_year int not null primary key,
  status varchar(20) not null,
  note varchar(1000),
  constraint ck_calendar_year_status check (status in ('ANNOUNCED', 'PROVISIONAL'))
);

-- Sources of the rows seeded by V3 (only those rows: a day an administrator added keeps its own note).

update holiday set note = 'Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3 (nghỉ bù); lịch nghỉ năm 2021 do Bộ '
  || 'Lao động – Thương binh và Xã hội thông báo theo ý kiến của Thủ tướng Chính phủ (số văn bản chưa đối chiếu).'
where note is null and holiday_date in (date '2021-01-01', date '2021-02-10', date '2021-02-11', date '2021-02-12',
  date '2021-02-15', date '2021-02-16', date '2021-04-21', date '2021-04-30', date '2021-05-03', date '2021-09-02',
  date '2021-09-03');

update holiday set note = 'Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3 (nghỉ bù); lịch nghỉ năm 2022 do Bộ '
  || 'Lao động – Thương binh và Xã hội thông báo theo ý kiến của Thủ tướng Chính phủ (số văn bản chưa đối chiếu).'
where note is null and holiday_date in (date '2022-01-03', date '2022-01-31', date '2022-02-01', date '2022-02-02',
  date '2022-02-03', date '2022-02-04', date '2022-04-11', date '2022-05-02', date '2022-05-03', date '2022-09-01',
  date '2022-09-02');

update holiday set note = 'Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3 (nghỉ bù); lịch nghỉ năm 2023 do Bộ '
  || 'Lao động – Thương binh và Xã hội thông báo theo ý kiến của Thủ tướng Chính phủ (số văn bản chưa đối chiếu).'
where note is null and holiday_date in (date '2023-01-02', date '2023-01-20', date '2023-01-23', date '2023-01-24',
  date '2023-01-25', date '2023-01-26', date '2023-05-01', date '2023-05-02', date '2023-05-03', date '2023-09-01',
  date '2023-09-04');

update holiday set note = 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ năm 2024 do Bộ Lao động – Thương binh và Xã hội '
  || 'thông báo theo ý kiến của Thủ tướng Chính phủ (số văn bản chưa đối chiếu).'
where note is null and holiday_date in (date '2024-01-01', date '2024-02-08', date '2024-02-09', date '2024-02-12',
  date '2024-02-13', date '2024-02-14', date '2024-04-18', date '2024-04-30', date '2024-05-01', date '2024-09-02',
  date '2024-09-03');

update holiday set note = 'Hoán đổi ngày làm việc thứ Hai 29/4/2024 sang thứ Bảy 04/5/2024: Công văn số '
  || '2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ truyền đạt ý kiến của Thủ tướng Chính phủ.'
where note is null and holiday_date = date '2024-04-29';

update holiday set note = 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ năm 2025: Công văn số 8726/VPCP-KGVX năm 2024 '
  || 'của Văn phòng Chính phủ, Thông báo số 6150/TB-BLĐTBXH năm 2024 của Bộ Lao động – Thương binh và Xã hội.'
where note is null and holiday_date in (date '2025-01-01', date '2025-01-27', date '2025-01-28', date '2025-01-29',
  date '2025-01-30', date '2025-01-31', date '2025-04-07', date '2025-04-30', date '2025-05-01', date '2025-09-01',
  date '2025-09-02');

update holiday set note = 'Hoán đổi ngày làm việc thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025: Thông báo số '
  || '6150/TB-BLĐTBXH năm 2024 của Bộ Lao động – Thương binh và Xã hội (theo Công văn số 8726/VPCP-KGVX).'
where note is null and holiday_date = date '2025-05-02';

update holiday set note = 'Tết Dương lịch: Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a.'
where note is null and holiday_date = date '2026-01-01';

update holiday set note = 'Tết Âm lịch Bính Ngọ: công chức, viên chức nghỉ từ thứ Bảy 14/02/2026 đến hết Chủ nhật '
  || '22/02/2026 theo ý kiến của Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (số văn bản chưa '
  || 'đối chiếu); Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b.'
where note is null and holiday_date in (date '2026-02-16', date '2026-02-17', date '2026-02-18', date '2026-02-19',
  date '2026-02-20');

update holiday set note = 'Giỗ Tổ Hùng Vương (10/3 Âm lịch) là Chủ nhật 26/4/2026, nghỉ bù thứ Hai 27/4/2026: Bộ luật '
  || 'Lao động 2019, Điều 112 khoản 1 điểm e và Điều 111 khoản 3.'
where note is null and holiday_date = date '2026-04-27';

update holiday set note = 'Ngày Chiến thắng và Quốc tế Lao động (thứ Năm, thứ Sáu): Bộ luật Lao động 2019, Điều 112 '
  || 'khoản 1 điểm c, d; không có hoán đổi ngày làm việc.'
where note is null and holiday_date in (date '2026-04-30', date '2026-05-01');

update holiday set note = 'Quốc khánh: công chức, viên chức nghỉ từ thứ Bảy 29/8/2026 đến hết thứ Tư 02/9/2026 theo ý '
  || 'kiến của Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (số văn bản chưa đối chiếu); '
  || 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ.'
where note is null and holiday_date in (date '2026-09-01', date '2026-09-02');

update holiday set note = 'Dự kiến theo Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3; Chính phủ chưa công bố '
  || 'lịch nghỉ năm 2027 (ngày Tết và hoán đổi có thể khác).'
where note is null and holiday_date in (date '2027-01-01', date '2027-02-04', date '2027-02-05', date '2027-02-08',
  date '2027-02-09', date '2027-02-10', date '2027-04-16', date '2027-04-30', date '2027-05-03', date '2027-09-02',
  date '2027-09-03');

-- Days V3 lacked: the make-up Saturdays of 2024 and 2025 and the two swaps of 2026. A date already listed (an
-- administrator may have added it by hand) is left as it is.

insert into holiday (holiday_date, name, kind, note)
select date '2024-05-04', 'Làm bù cho ngày nghỉ hoán đổi 29/4/2024', 'WORKING_DAY',
  'Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ: làm bù thứ Bảy 04/5/2024 cho thứ Hai 29/4/2024.'
where not exists (select 1 from holiday where holiday_date = date '2024-05-04');

insert into holiday (holiday_date, name, kind, note)
select date '2025-04-26', 'Làm bù cho ngày nghỉ hoán đổi 02/5/2025', 'WORKING_DAY',
  'Thông báo số 6150/TB-BLĐTBXH năm 2024 của Bộ Lao động – Thương binh và Xã hội: làm bù thứ Bảy 26/4/2025 cho thứ '
  || 'Sáu 02/5/2025.'
where not exists (select 1 from holiday where holiday_date = date '2025-04-26');

insert into holiday (holiday_date, name, kind, note)
select date '2026-01-02', 'Nghỉ hoán đổi (Tết Dương lịch)', 'DAY_OFF',
  'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ: công chức, viên chức nghỉ từ 01/01 đến hết '
  || '04/01/2026, hoán đổi ngày làm việc thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026.'
where not exists (select 1 from holiday where holiday_date = date '2026-01-02');

insert into holiday (holiday_date, name, kind, note)
select date '2026-01-10', 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026', 'WORKING_DAY',
  'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ: làm bù thứ Bảy 10/01/2026 cho thứ Sáu '
  || '02/01/2026.'
where not exists (select 1 from holiday where holiday_date = date '2026-01-10');

insert into holiday (holiday_date, name, kind, note)
select date '2026-08-31', 'Nghỉ hoán đổi (Quốc khánh)', 'DAY_OFF',
  'Ý kiến của Thủ tướng Chính phủ về nghỉ Tết Âm lịch và Quốc khánh năm 2026, Văn phòng Chính phủ truyền đạt tháng '
  || '10/2025 (số văn bản chưa đối chiếu): hoán đổi ngày làm việc thứ Hai 31/8/2026 sang thứ Bảy 22/8/2026.'
where not exists (select 1 from holiday where holiday_date = date '2026-08-31');

insert into holiday (holiday_date, name, kind, note)
select date '2026-08-22', 'Làm bù cho ngày nghỉ hoán đổi 31/8/2026', 'WORKING_DAY',
  'Ý kiến của Thủ tướng Chính phủ về nghỉ Tết Âm lịch và Quốc khánh năm 2026, Văn phòng Chính phủ truyền đạt tháng '
  || '10/2025 (số văn bản chưa đối chiếu): làm bù thứ Bảy 22/8/2026 cho thứ Hai 31/8/2026.'
where not exists (select 1 from holiday where holiday_date = date '2026-08-22');

-- Which years are announced. A year without a row here counts as provisional.

insert into calendar_year (calendar_year, status, note) values
 (2021, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2021 đã được Bộ Lao động – Thương binh và Xã hội thông báo.'),
 (2022, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2022 đã được Bộ Lao động – Thương binh và Xã hội thông báo.'),
 (2023, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2023 đã được Bộ Lao động – Thương binh và Xã hội thông báo.'),
 (2024, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2024 đã được công bố (hoán đổi dịp 30/4: Công văn 2450/VPCP-KGVX).'),
 (2025, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2025: Công văn 8726/VPCP-KGVX, Thông báo 6150/TB-BLĐTBXH.'),
 (2026, 'ANNOUNCED', 'Lịch nghỉ lễ, Tết năm 2026: Công văn 12729/VPCP-KGVX (Tết Dương lịch) và ý kiến của Thủ tướng '
   || 'Chính phủ tháng 10/2025 (Tết Âm lịch, Quốc khánh). Chưa có ngày nghỉ 24/11 (Ngày Văn hóa Việt Nam): việc bổ '
   || 'sung Điều 112 Bộ luật Lao động chưa được đối chiếu.'),
 (2027, 'PROVISIONAL', 'Chính phủ chưa công bố lịch nghỉ năm 2027; các ngày trong danh sách là dự kiến.');
