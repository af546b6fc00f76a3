-- A place may be a city, a region or only approximately known, not always an exact point.
ALTER TABLE places ADD COLUMN precision VARCHAR(12) DEFAULT 'exact' NOT NULL;
ALTER TABLE places ADD CONSTRAINT places_precision_check
  CHECK (precision IN ('exact', 'city', 'region', 'approximate'));
