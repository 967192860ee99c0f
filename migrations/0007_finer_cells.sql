-- A fine grid (0.01°, about 1.1 km) for villages: the nearest Desa Bersinar villages of a village page are looked up
-- in rings of these cells first, so a dense area reads a few dozen rows, not thousands; small bounding boxes use it too.
ALTER TABLE villages ADD COLUMN cell001 INTEGER;
CREATE INDEX villages_by_cell001 ON villages (cell001, code);
