-- Secret keys every node of an installation shares, made by the first node that needs one (e.g.
-- 'perangkat-dikenal': the key that signs the login's "known device" cookie, so a cookie made on one
-- node is believed by the others and after a restart). Random bytes, Base64.
CREATE TABLE kunci_rahasia (
  nama        VARCHAR(64)  NOT NULL PRIMARY KEY,
  nilai       VARCHAR(200) NOT NULL,
  dibuat_pada TIMESTAMP    NOT NULL
);
