-- An uploaded Excel workbook is kept as it came, so the confirmation reads exactly what was previewed (its hidden sheet
-- included); the batch's text is then the first sheet as pipe rows, shown beside the preview.
alter table import_batch add column workbook bytea;
