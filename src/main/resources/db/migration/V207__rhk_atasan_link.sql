-- The cascade as a real link: the appraiser's RHK that an RHK contributes to ("RHK atasan yang
-- diintervensi"). Null for the agency head and while the appraiser has no SKP of the year; then
-- rhk.rhk_atasan keeps the free text. When linked, rhk.rhk_atasan keeps the linked RHK's wording
-- at submission, so the SKP document still reads right if the appraiser later resubmits a draft
-- (which replaces their RHK rows and, through ON DELETE SET NULL, drops the link).
ALTER TABLE rhk ADD COLUMN rhk_atasan_id BIGINT;
ALTER TABLE rhk ADD CONSTRAINT fk_rhk_atasan FOREIGN KEY (rhk_atasan_id) REFERENCES rhk (id) ON DELETE SET NULL;
CREATE INDEX ix_rhk_atasan ON rhk (rhk_atasan_id);
