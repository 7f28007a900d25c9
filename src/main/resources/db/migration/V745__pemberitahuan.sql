-- The notices the processes raise (reminders, escalations, BKPSDM's notices) are read by their
-- recipients on /pemberitahuan: where to act (a product page or Tasklist), and who marked a notice
-- to a group read.
ALTER TABLE notifikasi ADD COLUMN tautan VARCHAR(500);
ALTER TABLE notifikasi ADD COLUMN dibaca_oleh VARCHAR(64);
