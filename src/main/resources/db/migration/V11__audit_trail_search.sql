-- The admins' change log reads the whole trail newest first, often narrowed to one person: without these
-- it would sort every entry ever written on each page it shows.
create index audit_entry_changed_ix on audit_entry (changed_at);
create index audit_entry_username_ix on audit_entry (username, changed_at);
