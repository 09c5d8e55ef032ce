-- Tamper evidence: entries are chained in the order they were recorded (chain_position); each
-- holds the hash of the entry before it and its own hash over its content and that previous hash,
-- so changing or deleting any entry breaks the chain from there on. Entries recorded before this
-- migration stay unchained.
alter table audit_entry
    add column chain_position bigint unique,
    add column previous_hash  char(64),
    add column entry_hash     char(64);
