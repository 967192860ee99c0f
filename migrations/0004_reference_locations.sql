-- Where each official village is (the centroid of its official boundary, else of its district, from GEO_DIR when
-- the sync had it; NULL otherwise). Village pages use it to point to the nearest Desa Bersinar villages.
ALTER TABLE ref_villages ADD COLUMN lat REAL;
ALTER TABLE ref_villages ADD COLUMN lng REAL;
ALTER TABLE ref_villages ADD COLUMN location_precision TEXT
  CHECK (location_precision IN ('surveyed', 'village-centroid', 'district-centroid'));
