-- Sessions are written on every request (Spring Session records the last access). They need not survive a crash
-- (people sign in again), so their tables skip the write-ahead log: a page view no longer waits for a WAL flush.
-- The attributes go first: a logged table may not reference an unlogged one.
alter table spring_session_attributes set unlogged;
alter table spring_session set unlogged;
