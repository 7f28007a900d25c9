-- One appraisal year per employee: the row is written in the same transaction that starts the
-- appraisal-cycle instance, so the primary key refuses a second start (two clicks, two nodes).
CREATE TABLE siklus_penilaian (
    nip                 VARCHAR(64) NOT NULL,
    tahun               INTEGER     NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    dibuka_oleh         VARCHAR(64),
    dibuka_pada         TIMESTAMP   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_siklus_penilaian PRIMARY KEY (nip, tahun)
);
