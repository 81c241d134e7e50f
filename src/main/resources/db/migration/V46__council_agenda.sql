-- Issue 20 (ADR 0019). The Council votes on an agenda supplied by the feature that calls it (council.CouncilAgenda),
-- not on a cycle's nominations directly: the yearly cycle (kind CYCLE, reference = cycle id, item = nomination id)
-- and the year-end titles (kind TITLES, reference = title_run id, item = title_proposal id).
--
-- Existing rows keep their meaning: every meeting so far is a cycle's meeting and every count a nomination's count,
-- so the new columns are filled from cycle_id and nomination_id. Those columns stay and are still written for a
-- cycle's meeting (documents, the dashboard and the province's dossier read them); they are empty for other agendas.

alter table council_meeting add column agenda_kind varchar(20);
alter table council_meeting add column agenda_ref bigint;
update council_meeting set agenda_kind = 'CYCLE', agenda_ref = cycle_id;
alter table council_meeting alter column agenda_kind set not null;
alter table council_meeting alter column agenda_ref set not null;
alter table council_meeting alter column cycle_id drop not null;
create index ix_council_meeting_agenda on council_meeting (agenda_kind, agenda_ref);

alter table ballot_count add column item_id bigint;
update ballot_count set item_id = nomination_id;
alter table ballot_count alter column item_id set not null;
alter table ballot_count alter column nomination_id drop not null;
alter table ballot_count add constraint uq_ballot_count_item unique (meeting_id, item_id);

-- The Council's result on a title proposal that met the standards: null until the Council has voted on it.
alter table title_proposal add column council_approved boolean;
alter table title_proposal add column council_reason varchar(400);

-- The approval shares of the titles the Council now votes on and for which no share was recorded (Chiến sĩ thi đua
-- cơ sở has its row since V23). Neither Luật Thi đua, khen thưởng 2022 nor Nghị định 98/2023/NĐ-CP sets a share of
-- the Council's votes for these titles: the Council's regulation does. Until the Department records its regulation's
-- share, more than half of all members, flagged to confirm.
insert into setting (setting_key, setting_value, effective_from, note, to_confirm) values
 ('council.approval.LAO_DONG_TIEN_TIEN', '>1/2', date '2018-01-01',
  'Lao động tiên tiến: Luật Thi đua, khen thưởng 2022 (Điều 24) và Nghị định 98/2023/NĐ-CP không quy định tỷ lệ phiếu đồng ý của Hội đồng Thi đua – Khen thưởng; tỷ lệ do Quy chế hoạt động của Hội đồng của Sở quy định. Tạm lấy quá 1/2 tổng số thành viên Hội đồng; cần Sở xác nhận theo Quy chế.',
  true),
 ('council.approval.TAP_THE_LAO_DONG_TIEN_TIEN', '>1/2', date '2018-01-01',
  'Tập thể lao động tiên tiến: Luật Thi đua, khen thưởng 2022 (Điều 28) và Nghị định 98/2023/NĐ-CP không quy định tỷ lệ phiếu đồng ý của Hội đồng Thi đua – Khen thưởng; tỷ lệ do Quy chế hoạt động của Hội đồng của Sở quy định. Tạm lấy quá 1/2 tổng số thành viên Hội đồng; cần Sở xác nhận theo Quy chế.',
  true),
 ('council.approval.TAP_THE_LAO_DONG_XUAT_SAC', '>1/2', date '2018-01-01',
  'Tập thể lao động xuất sắc: Luật Thi đua, khen thưởng 2022 (Điều 27) và Nghị định 98/2023/NĐ-CP không quy định tỷ lệ phiếu đồng ý của Hội đồng Thi đua – Khen thưởng; tỷ lệ do Quy chế hoạt động của Hội đồng của Sở quy định. Tạm lấy quá 1/2 tổng số thành viên Hội đồng; cần Sở xác nhận theo Quy chế.',
  true);
