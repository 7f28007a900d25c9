-- BKPSDM records how it followed up an objection decision that left a unit outside its curve (the
-- decision itself stands): who, when and what was done. Recorded once; the entry stays listed.
ALTER TABLE kalibrasi_keberatan ADD COLUMN ditindaklanjuti_oleh VARCHAR(64);
ALTER TABLE kalibrasi_keberatan ADD COLUMN ditindaklanjuti_pada TIMESTAMP;
ALTER TABLE kalibrasi_keberatan ADD COLUMN catatan_tindak_lanjut VARCHAR(1000);
