-- The tranche plan of a call's grants (e.g. 50/30/20), kept per call: null means the standard plan.
alter table funding_call add column tranche_plan varchar(60);
