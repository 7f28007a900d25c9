-- The proposals a unit head's justification covers: the unit's proposals not yet released, with
-- their predikat, as the head saw them when justifying. BKPSDM's acceptance releases exactly these;
-- a proposal that arrived while BKPSDM was deciding is not covered and is checked in the next round.
CREATE TABLE kalibrasi_justifikasi_usulan (
  justifikasi_id BIGINT      NOT NULL REFERENCES kalibrasi_justifikasi (id),
  nip            VARCHAR(18) NOT NULL,
  predikat       VARCHAR(20) NOT NULL,
  CONSTRAINT pk_kalibrasi_justifikasi_usulan PRIMARY KEY (justifikasi_id, nip)
);
