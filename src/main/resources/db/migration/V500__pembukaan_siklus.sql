-- Opening an appraisal year for a whole agency (BKPSDM): one run per agency and year, kept in the
-- database so every node shows the same progress and any node can take over a run whose node died
-- (its heartbeat, detak_terakhir, goes stale). Which employees are already open is not counted
-- here but read from siklus_penilaian, whose key also refuses a second instance per NIP and year.
CREATE TABLE pembukaan_siklus (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    instansi_kode  VARCHAR(32)  NOT NULL,
    tahun          INTEGER      NOT NULL,
    -- BERJALAN (a node works on it, or died doing so: see detak_terakhir), SELESAI
    status         VARCHAR(10)  NOT NULL,
    -- how many times the year was opened for the agency (a finished run opened again starts the missing ones)
    putaran        INTEGER      NOT NULL,
    -- the node working on it (a random id per application start)
    pemilik        VARCHAR(64),
    dibuka_oleh    VARCHAR(64)  NOT NULL,
    jumlah_pegawai INTEGER      NOT NULL,
    -- instances this run started (all passes); employees opened otherwise count in siklus_penilaian only
    dimulai        INTEGER      NOT NULL,
    dimulai_pada   TIMESTAMP    NOT NULL,
    detak_terakhir TIMESTAMP    NOT NULL,
    selesai_pada   TIMESTAMP,
    CONSTRAINT uk_pembukaan_siklus UNIQUE (instansi_kode, tahun),
    CONSTRAINT ck_pembukaan_siklus_status CHECK (status IN ('BERJALAN', 'SELESAI'))
);

-- Employees whose instance could not be started in the current pass, with the reason in words.
CREATE TABLE pembukaan_siklus_gagal (
    pembukaan_id VARCHAR(36)   NOT NULL REFERENCES pembukaan_siklus (id) ON DELETE CASCADE,
    nip          VARCHAR(18)   NOT NULL,
    alasan       VARCHAR(1000) NOT NULL,
    dicatat_pada TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_pembukaan_siklus_gagal PRIMARY KEY (pembukaan_id, nip)
);

CREATE INDEX ix_org_unit_agency ON org_unit (agency_code);
