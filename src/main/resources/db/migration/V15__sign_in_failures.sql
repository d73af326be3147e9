-- Failed sign-ins, counted in the database so that every Essor node on it sees the same counts and a restart
-- lifts nothing. One row per subject: a user name, a client address, or a name tried from one address.
-- The subject is a SHA-256 (hex) of what it counts, so invented names typed at the sign-in page are not kept.
-- Plain SQL that H2 and PostgreSQL both accept.

create table sign_in_failure (
    kind          varchar(8)  not null,
    subject       varchar(64) not null,
    failures      integer     not null,
    last_failure  timestamp with time zone not null,
    -- Until then this subject may not try again (a name: except from an address that has not failed it).
    blocked_until timestamp with time zone,
    constraint sign_in_failure_pk primary key (kind, subject)
);

create index sign_in_failure_age_ix on sign_in_failure (last_failure);
