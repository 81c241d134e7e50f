-- Issue 20. The Council votes by secret ballot on the proposals the Office forwards at a thematic movement's summary
-- (processes/thematic-movement.bpmn calls council-vote.bpmn with the agenda THEMATIC, ADR 0020), as it does on the
-- yearly cycle's nominations and the year-end titles. Its result is kept on the proposal; only what it approved is
-- written into the register. Existing rows keep null: they were not put to the Council, and a run started before
-- this change confers what the Office forwarded, as it did.
alter table thematic_proposal add column council_approved boolean;
alter table thematic_proposal add column council_reason varchar(400);
