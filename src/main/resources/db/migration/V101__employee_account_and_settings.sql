-- Login state the identity service does not keep: whether the initial password must still be changed.
CREATE TABLE employee_account (
  nip                  VARCHAR(18) NOT NULL PRIMARY KEY REFERENCES org_employee (nip),
  must_change_password BOOLEAN     NOT NULL,
  password_changed_at  TIMESTAMP
);

-- Settings BKPSDM may change at run time, overriding application properties of the same meaning.
CREATE TABLE org_setting (
  setting_name  VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(500) NOT NULL
);
