-- Questions a call asks in its grants' reports, built like its application form; null asks none.
alter table funding_call add column report_form text;

-- Each report keeps the questions it was scheduled with, so later edits of the call's report form
-- never change what an organization answered to.
alter table grant_report add column form text;
alter table grant_report add column answers text not null default '{}';

-- After a failed evaluation and the organization's rectification (整改), the same stage is
-- evaluated again: attempts are numbered, the latest one counts, the earlier ones stay on record.
alter table grant_evaluation add column attempt smallint not null default 1;
alter table grant_evaluation drop constraint grant_evaluation_grant_id_stage_key;
alter table grant_evaluation add constraint grant_evaluation_attempt_unique unique (grant_id, stage, attempt);
alter table grant_evaluation add column rectification varchar(2000);
