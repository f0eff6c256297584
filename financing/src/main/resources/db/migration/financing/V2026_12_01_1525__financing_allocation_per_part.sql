-- One allocation per stream, part, year and commitment (was per stream, year and commitment), so
-- that two parts of one grant (buurtsportcoaches and Kansrijke Start) may fund one commitment.
ALTER TABLE financing.allocation DROP CONSTRAINT allocation_stream_year_commitment_unique;
CREATE UNIQUE INDEX allocation_stream_part_year_commitment_unique
    ON financing.allocation (stream_id, year, commitment_id, COALESCE(part_id, 0));
