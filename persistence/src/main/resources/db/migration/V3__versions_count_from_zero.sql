-- The adapter now lets Micronaut Data's @Version keep the version column: 0 on insert, one more
-- on each update. The domain's versions (and so ETags) still count from 1: the adapter reads
-- column + 1. Rows written before counted from 1 in the column; this moves them, so that every
-- version a client holds stays valid.
UPDATE exercise SET version = version - 1;
UPDATE program SET version = version - 1;
