-- Only for CrashRecoveryIT: an upgrade that cannot run twice, for a start killed half-way through it.
create table crash_test_upgrade (id int primary key);
insert into crash_test_upgrade values (1);
