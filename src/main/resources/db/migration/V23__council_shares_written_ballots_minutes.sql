-- Issue 15, the Council.
-- (1) Quorum and approval are exact shares of all members (2/3, 80%, >1/2), compared in whole numbers: the stored
--     66.67 % refused exactly two thirds of 6, 9, 12 or 15 members. One approval share per award type and per title
--     the Council votes on, each default citing its source; a default the law leaves to the province is flagged for
--     the administrator to confirm. Every row of the retired percentages is carried over with its date, so a value an
--     administrator recorded keeps applying from the day it did; the retired rows stay as history.
-- (2) Members not present may send a written ballot, counted like a present member's.
-- (3) The minutes hold the place and time, the chair and the secretary, who attended, who sent a written ballot and
--     who was absent, the vote-counting committee, and the ballots issued, returned and valid.

alter table setting add column to_confirm boolean default false not null;

-- (1) The quorum. 66.67 (and 66.66, 66.7) meant two thirds; another percentage is carried over rounded up, so a
-- meeting never needs fewer members than before.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm)
select 'council.quorum',
       case when cast(setting_value as decimal(6,2)) between 66.66 and 66.70 then '2/3'
            else cast(cast(ceiling(cast(setting_value as decimal(6,2))) as integer) as varchar(8)) || '%' end,
       effective_from,
       substring(coalesce(note, '') || ' [Chuyển từ council.quorumPercent = ' || setting_value || '%.]', 1, 400),
       false
  from setting where setting_key = 'council.quorumPercent';

update setting set
  note = 'Phiên họp hợp lệ khi có mặt từ 2/3 tổng số thành viên Hội đồng trở lên. Luật Thi đua, khen thưởng 2022 và các Nghị định hướng dẫn không quy định tỷ lệ này; do Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng Sở và quy định của tỉnh đặt (nhiều tỉnh dùng 2/3). Cần Sở xác nhận theo quy chế của mình.',
  to_confirm = true
  where setting_key = 'council.quorum' and effective_from = date '2021-01-01';

-- Giấy khen and Bằng khen of the province's Chairman: no national share; carried over from the in-house percentage.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm)
select k.new_key, cast(cast(ceiling(cast(s.setting_value as decimal(6,2))) as integer) as varchar(8)) || '%',
       s.effective_from,
       substring(coalesce(s.note, '') || ' [Chuyển từ council.approvalPercent.inHouse = ' || s.setting_value || '%.]', 1, 400),
       false
  from setting s
  cross join (select 'council.approval.GIAY_KHEN' as new_key
              union all select 'council.approval.BANG_KHEN_UBND') k
 where s.setting_key = 'council.approvalPercent.inHouse';

-- State awards: carried over from the state percentage.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm)
select k.new_key, cast(cast(ceiling(cast(s.setting_value as decimal(6,2))) as integer) as varchar(8)) || '%',
       s.effective_from,
       substring(coalesce(s.note, '') || ' [Chuyển từ council.approvalPercent.state = ' || s.setting_value || '%.]', 1, 400),
       false
  from setting s
  cross join (select 'council.approval.BANG_KHEN_TTG' as new_key
              union all select 'council.approval.HUAN_CHUONG_LD3') k
 where s.setting_key = 'council.approvalPercent.state';

update setting set
  note = 'Giấy khen của Giám đốc Sở: Luật Thi đua, khen thưởng 2022 và Nghị định hướng dẫn không quy định tỷ lệ phiếu của Hội đồng; tỷ lệ do quy định về thi đua, khen thưởng của UBND tỉnh và Quy chế của Sở đặt (nhiều tỉnh dùng quá 1/2 tổng số thành viên). Giữ 70% như trước; cần Sở xác nhận theo quy định của tỉnh.',
  to_confirm = true
  where setting_key = 'council.approval.GIAY_KHEN' and effective_from = date '2021-01-01';
update setting set
  note = 'Bằng khen của Chủ tịch UBND tỉnh: pháp luật trung ương không quy định tỷ lệ phiếu của Hội đồng cấp Sở; tỷ lệ do quy định về thi đua, khen thưởng của UBND tỉnh đặt (nhiều tỉnh dùng quá 1/2 tổng số thành viên). Giữ 70% như trước; cần Sở xác nhận theo quy định của tỉnh.',
  to_confirm = true
  where setting_key = 'council.approval.BANG_KHEN_UBND' and effective_from = date '2021-01-01';
update setting set
  note = 'Bằng khen của Thủ tướng Chính phủ: pháp luật không quy định tỷ lệ phiếu riêng khi Hội đồng cấp Sở xét đề nghị; áp dụng mức 90% mà Nghị định 98/2023/NĐ-CP (Điều 30 khoản 7) đặt cho Chiến sĩ thi đua cấp tỉnh trở lên. Cần Sở xác nhận theo quy định của tỉnh.',
  to_confirm = true
  where setting_key = 'council.approval.BANG_KHEN_TTG' and effective_from = date '2021-01-01';
update setting set
  note = 'Huân chương Lao động hạng Ba: pháp luật không quy định tỷ lệ phiếu riêng khi Hội đồng cấp Sở xét đề nghị; áp dụng mức 90% mà Nghị định 98/2023/NĐ-CP (Điều 30 khoản 7) đặt cho Chiến sĩ thi đua cấp tỉnh trở lên. Cần Sở xác nhận theo quy định của tỉnh.',
  to_confirm = true
  where setting_key = 'council.approval.HUAN_CHUONG_LD3' and effective_from = date '2021-01-01';

-- Titles: the shares the decree sets, counted against all members of the Council, by secret ballot.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm) values
 ('council.approval.CHIEN_SI_THI_DUA_CO_SO', '80%', date '2024-01-01',
  'Chiến sĩ thi đua cơ sở: Hội đồng bỏ phiếu kín, từ 80% tổng số thành viên Hội đồng trở lên đồng ý; thành viên vắng mặt cho ý kiến bằng văn bản. Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (từ 01/01/2024). Từ 01/07/2025 Nghị định 152/2025/NĐ-CP thay thế: cần đối chiếu điều khoản tương ứng.',
  false),
 ('council.approval.CHIEN_SI_THI_DUA_CAP_TINH', '90%', date '2024-01-01',
  'Chiến sĩ thi đua cấp tỉnh: Hội đồng bỏ phiếu kín, từ 90% tổng số thành viên Hội đồng trở lên đồng ý; thành viên vắng mặt cho ý kiến bằng văn bản. Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (từ 01/01/2024). Từ 01/07/2025 Nghị định 152/2025/NĐ-CP thay thế: cần đối chiếu điều khoản tương ứng.',
  false);

-- (2) How long the ballot stays open for the ballots still out (a written ballot that has not arrived): until the end
-- of the N-th working day after the meeting; the counting committee then counts what it received.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm) values
 ('council.ballotWorkingDays', '2', date '2021-01-01',
  'Hạn nhận phiếu bầu, kể cả phiếu bằng văn bản của thành viên vắng mặt: hết ngày làm việc thứ N sau ngày họp; phiếu đến sau không được kiểm. Pháp luật không quy định; Sở quy định trong Quy chế hoạt động của Hội đồng.',
  true);

-- (2), (3) The meeting's particulars, filled when the Office opens it. Meetings held before this version keep what
-- they had (no place, time, chair or committee was recorded then).
alter table council_meeting alter column quorum_percent drop not null;
alter table council_meeting add column quorum_share varchar(16);
alter table council_meeting add column meeting_time time;
alter table council_meeting add column meeting_place varchar(300);
alter table council_meeting add column chair_username varchar(64);
alter table council_meeting add column chair_name varchar(200);
alter table council_meeting add column secretary_username varchar(64);
alter table council_meeting add column secretary_name varchar(200);
alter table council_meeting add column ballots_issued int;
alter table council_meeting add column ballots_returned int;
alter table council_meeting add column ballots_valid int;

-- Every member of the Council on the meeting date, with how they took part: present, absent with a written ballot,
-- absent. Counters (Ban kiểm phiếu) are present members; they and the secretary confirm the minutes.
create table council_attendance (
  id bigint generated by default as identity primary key,
  meeting_id bigint not null references council_meeting(id),
  member_username varchar(64) not null,
  member_name varchar(200) not null,
  council_role varchar(20) not null,
  attendance varchar(20) not null,
  counter boolean default false not null,
  minutes_confirmed_at timestamp,
  constraint uq_council_attendance unique (meeting_id, member_username)
);

-- A written ballot arrived: the same row as a present member's ballot (never the choice), marked as written.
alter table ballot_cast add column written boolean default false not null;
