-- The language a user chose for Essor's pages, applied when they sign in. Empty until they choose one:
-- the browser's language is used meanwhile. Plain SQL that H2 and PostgreSQL both accept.

alter table app_user add column language varchar(2);
alter table app_user add constraint app_user_language_ck check (language in ('fr', 'en'));
