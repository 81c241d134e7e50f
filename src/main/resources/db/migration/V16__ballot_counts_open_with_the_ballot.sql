-- Ballot counts are now created, at zero, when the ballot opens (the meeting reaches its quorum) and every ballot
-- only adds to them in the database; ballots cast at the same moment no longer compete for a row version.
-- A meeting whose ballot is open but has no vote yet gets its zero counts here (after its first vote it already
-- has one per nomination, as before).
insert into ballot_count (meeting_id, nomination_id, approvals, rejections)
select m.id, n.id, 0, 0
from council_meeting m
join nomination n on n.cycle_id = m.cycle_id
where m.status = 'OPEN'
  and n.status = 'MET'
  and not exists (select 1 from ballot_count c where c.meeting_id = m.id and c.nomination_id = n.id);

alter table ballot_count drop column version;
