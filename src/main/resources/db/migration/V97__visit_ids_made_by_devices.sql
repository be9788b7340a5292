-- A follow-up visit recorded on a phone without signal waits in the phone's queue and is sent when
-- the phone is back online, perhaps twice (the first answer lost on a bad link). The phone makes the
-- visit's id (a UUID) when the officer saves it, and the visit is stored under that id: the unique
-- constraint makes a second send of the same visit find the first instead of storing it again.
-- Null for visits whose id the service made (every visit before this, and callers that send none).
alter table follow_up add column client_visit_id uuid;
alter table follow_up add constraint follow_up_client_visit_id_key unique (client_visit_id);
