-- An organisation file uploaded on /admin/organisasi and shown as a preview, waiting for the operator
-- to confirm it. Nothing of the organisation changes until then; the confirmation re-reads and
-- re-checks this very file (so what is written is what was previewed, checked against the
-- organisation as it is at that moment). Only the operator who uploaded it may confirm it; a draft is
-- removed once imported and any draft older than a day is removed at the next upload.
-- BYTEA: PostgreSQL's binary type, BINARY VARYING in H2 2.x.
CREATE TABLE impor_organisasi_draf (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    diunggah_oleh VARCHAR(64)  NOT NULL,
    nama_file     VARCHAR(255) NOT NULL,
    isi           BYTEA        NOT NULL,
    diunggah_pada TIMESTAMP    NOT NULL
);
CREATE INDEX ix_impor_organisasi_draf_pada ON impor_organisasi_draf (diunggah_pada);
