-- Organisation master data: agency, unit tree, positions, employees and their supervisor chain.
-- Natural keys throughout (NIP, unit code, position name) because the import compares a CSV file
-- against these rows by those keys; portable SQL, runs on H2 2.x and PostgreSQL 15.

CREATE TABLE org_agency (
  code VARCHAR(32)  NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE org_position (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  kind VARCHAR(16)  NOT NULL,
  CONSTRAINT ck_org_position_kind CHECK (kind IN ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'))
);

CREATE TABLE org_unit (
  code          VARCHAR(32)  NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  agency_code   VARCHAR(32)  NOT NULL REFERENCES org_agency (code),
  parent_code   VARCHAR(32)  REFERENCES org_unit (code),
  -- the head is an employee; no foreign key, so units and employees can be written in either order
  head_nip      VARCHAR(18),
  head_position VARCHAR(200) REFERENCES org_position (name)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);
CREATE INDEX ix_org_unit_head ON org_unit (head_nip);

CREATE TABLE org_employee (
  nip            VARCHAR(18)  NOT NULL PRIMARY KEY,
  name           VARCHAR(200) NOT NULL,
  status         VARCHAR(4)   NOT NULL,
  position_name  VARCHAR(200) NOT NULL REFERENCES org_position (name),
  unit_code      VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
  email          VARCHAR(254),
  supervisor_nip VARCHAR(18)  REFERENCES org_employee (nip),
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  -- why an employee left (pensiun, berhenti, ...): kept, never deleted, for the history
  left_reason    VARCHAR(500),
  left_at        TIMESTAMP,
  CONSTRAINT ck_org_employee_status CHECK (status IN ('PNS', 'PPPK')),
  CONSTRAINT ck_org_employee_not_own_supervisor CHECK (supervisor_nip IS NULL OR supervisor_nip <> nip)
);
CREATE INDEX ix_org_employee_supervisor ON org_employee (supervisor_nip);
CREATE INDEX ix_org_employee_unit ON org_employee (unit_code);
