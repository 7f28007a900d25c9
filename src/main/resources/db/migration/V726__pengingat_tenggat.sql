-- Reminders BKPSDM sends from /dasbor/bkpsdm/terlambat to somebody who missed a deadline (SKP not
-- submitted, periodic report not sent, rating not given) and, as a copy, to their appraiser: at most
-- one per person per day (the agency's calendar day), whichever operator or node presses the button
-- first; the key makes a second one that day impossible.
CREATE TABLE pengingat_tenggat (
  nip          VARCHAR(64)  NOT NULL,
  tanggal      DATE         NOT NULL,
  ringkasan    VARCHAR(1000) NOT NULL,
  dikirim_oleh VARCHAR(64)  NOT NULL,
  dikirim_pada TIMESTAMP    NOT NULL,
  CONSTRAINT pk_pengingat_tenggat PRIMARY KEY (nip, tanggal)
);

-- the reminder is a kind of notification of its own
ALTER TABLE notifikasi_email DROP CONSTRAINT ck_notifikasi_email_jenis;
ALTER TABLE notifikasi_email ADD CONSTRAINT ck_notifikasi_email_jenis
  CHECK (jenis IN ('TUGAS_BARU', 'JATUH_TEMPO', 'ESKALASI', 'PENGINGAT'));
