-- Inspection findings on a nomination (confirmed or not, with the inspector's note).
alter table nomination add column inspection_note varchar(4000);
alter table nomination add column inspected_by varchar(64);
alter table nomination add column inspected_at timestamp;

alter table cycle add column inspection_decided boolean;
alter table cycle add column inspection_note varchar(4000);
