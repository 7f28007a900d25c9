-- The morning digest also reminds those who did not fill in the previous working day's kegiatan
-- harian (issue 24): one more kind of notification (beside BKPSDM's reminders of V726).
ALTER TABLE notifikasi_email DROP CONSTRAINT ck_notifikasi_email_jenis;
ALTER TABLE notifikasi_email ADD CONSTRAINT ck_notifikasi_email_jenis
    CHECK (jenis IN ('TUGAS_BARU', 'JATUH_TEMPO', 'ESKALASI', 'PENGINGAT', 'KEGIATAN_HARIAN'));
