-- Each monitoring light explains itself in Chinese and English (issue 13: one language per page). Rows recorded
-- before this keep their Chinese and have no English: the reader says the English from the stored light and ratio.
alter table monitoring_entry add column explanation_en text;
