-- Places over time. From 01/07/2025 local government has two tiers (province; xã, phường, đặc khu): district-level
-- units (huyện, quận, thị xã, thành phố thuộc tỉnh) and thị trấn end on 30/06/2025, and Sóc Trăng, Hậu Giang and
-- Cần Thơ form the new thành phố Cần Thơ. Each locality now says when it exists (valid_from empty: since before any
-- cycle; valid_to empty: still exists) and where that comes from (note). Kind also takes PROVINCE, WARD, TOWNSHIP
-- and SPECIAL_ZONE. Rows that end are kept: registrations of their years point at them.
alter table locality add column valid_from date;
alter table locality add column valid_to date;
alter table locality add column note varchar(1000);

update locality
   set valid_to = date '2025-06-30',
       note = 'Đơn vị hành chính cấp huyện kết thúc hoạt động từ ngày 01/7/2025 (Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp; Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh: hợp nhất tỉnh Sóc Trăng, tỉnh Hậu Giang và thành phố Cần Thơ).'
 where kind = 'DISTRICT' and valid_to is null;

update locality
   set valid_to = date '2025-06-30',
       note = 'Thị trấn được sắp xếp thành đơn vị hành chính cấp xã mới từ ngày 01/7/2025 (nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã năm 2025).'
 where kind = 'TOWNSHIP' and valid_to is null;
