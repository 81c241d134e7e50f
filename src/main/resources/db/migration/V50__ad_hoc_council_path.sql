-- Issue 20. The ad-hoc award's Council path (processes/ad-hoc-award.bpmn calls council-vote.bpmn, ADR 0018).
--
-- (1) The dated rule COUNCIL_CONSULTED becomes what the model reads: whether the Council must be consulted
--     (REQUIRED), may be at the Office's choice (OPTIONAL) or is not consulted (NOT_REQUIRED) before the Director
--     decides. V42 stored a boolean the model did not read; a row an administrator added keeps its meaning
--     (true: REQUIRED, false: NOT_REQUIRED), and so does V42's row if an administrator closed it (its dates stay and
--     nothing is added that could overlap their rows). V42's row as shipped (2024-01-01, false, open, unchecked)
--     becomes the rule of the 2022 law and Nghị định 98/2023/NĐ-CP as read now: the simplified procedure lets the
--     Office take an ad-hoc proposal straight to the Director, and its dossier has no Council minutes; nothing forbids
--     the Director to hear the Council (an advisory body), so the Office chooses. It ends when Nghị định
--     152/2025/NĐ-CP takes effect; the rule from then is the same in substance, its article to be confirmed.
update ad_hoc_rule set rule_value = 'REQUIRED' where rule_key = 'COUNCIL_CONSULTED' and rule_value = 'true';
update ad_hoc_rule set rule_value = 'NOT_REQUIRED' where rule_key = 'COUNCIL_CONSULTED' and rule_value = 'false'
  and not (valid_from = date '2024-01-01' and valid_to is null);

update ad_hoc_rule set
  rule_value = 'OPTIONAL',
  valid_to = date '2025-06-30',
  article = 'Điều 85 Luật Thi đua, khen thưởng 2022; khoản 1 Điều 40 Nghị định 98/2023/NĐ-CP (khen thưởng theo thủ tục đơn giản)',
  source_note = 'Điều 85 Luật số 06/2022/QH15 (hiệu lực 01/01/2024) cho phép khen thưởng theo thủ tục đơn giản, trong đó có trường hợp cá nhân, tập thể lập được thành tích xuất sắc đột xuất; khoản 1 Điều 40 Nghị định 98/2023/NĐ-CP dẫn chiếu Điều 85; hồ sơ 01 bộ gồm tờ trình và báo cáo tóm tắt thành tích, không có biên bản họp Hội đồng. Đã đối chiếu qua bản tóm tắt trên tintuc.thuvienphapluat.com (23/01/2024) và luathoanhut.vn, chưa đối chiếu bản chính thức. Hội đồng Thi đua – Khen thưởng là cơ quan tham mưu nên Văn phòng được chọn xin ý kiến Hội đồng trước khi trình Giám đốc. [V42: false, trình thẳng Giám đốc.]',
  to_confirm = false
  where rule_key = 'COUNCIL_CONSULTED' and rule_value = 'false' and valid_from = date '2024-01-01' and valid_to is null;

insert into ad_hoc_rule (rule_key, rule_value, valid_from, valid_to, article, source_note, to_confirm)
select 'COUNCIL_CONSULTED', 'OPTIONAL', date '2025-07-01', null,
 'Điều 85 Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP (thủ tục đơn giản; số điều cần xác nhận)',
 'Nghị định 152/2025/NĐ-CP (ban hành 14/06/2025) quy định chi tiết Luật Thi đua, khen thưởng và thay thế Nghị định 98/2023/NĐ-CP; nguyên tắc: kết quả khen thưởng thành tích đột xuất không dùng làm căn cứ đề nghị cấp trên khen thưởng công trạng; chưa khen thưởng khi đang xem xét kỷ luật (pbgdpl.cantho.gov.vn, baomoi). Chưa đọc được điều về hồ sơ, thủ tục đơn giản của Nghị định này; giữ như Điều 85 của Luật: Văn phòng chọn trình thẳng Giám đốc hoặc xin ý kiến Hội đồng. to_confirm số điều và Quy chế thi đua, khen thưởng của Sở.',
 true
 where exists (select 1 from ad_hoc_rule where rule_key = 'COUNCIL_CONSULTED' and valid_to = date '2025-06-30');

-- (2) The Council's result on the proposal: null while the Council has not voted on it (the fast path leaves it so).
alter table ad_hoc_award add column council_approved boolean;
alter table ad_hoc_award add column council_reason varchar(2000);
