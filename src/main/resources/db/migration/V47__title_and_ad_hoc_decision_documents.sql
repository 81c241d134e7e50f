-- Issue 20: the Director's decision on a year's titles (Quyết định công nhận danh hiệu thi đua, year-end-titles.bpmn)
-- and on an ad-hoc award (Quyết định khen thưởng đột xuất, ad-hoc-award.bpmn) are generated documents like the
-- cycle's, stored and versioned in generated_document, but they belong to no yearly cycle: such a row has no cycle_id
-- and is found by its kind and subject ('title-run:<id>', 'ad-hoc-award:<id>'). Existing rows keep their cycle.
--
-- No template, wording or legal-basis row is added: their default templates are built by the release
-- (document/DefaultTemplates, kinds TITLES_DECISION and AD_HOC_DECISION; the Office may upload its own in
-- document_template from a date), and their «Căn cứ» lines are the legal_basis rows without a document kind (V19)
-- in force on the decision's date: Luật Thi đua, khen thưởng 2022 from 01/01/2024, Nghị định 98/2023/NĐ-CP until
-- 30/06/2025, Nghị định 152/2025/NĐ-CP from 01/07/2025 (its issue date still to be entered from the official text,
-- see the note of that row).
alter table generated_document alter column cycle_id drop not null;
create index ix_document_kind_subject on generated_document(kind, subject);
