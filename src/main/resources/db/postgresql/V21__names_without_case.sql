-- Names and titles compared whatever their case, in any script, whatever the database's locale.
-- LOWER() folds by the database's LC_CTYPE, and a database made with the C locale folds only
-- A to Z: there "ÉLYSÉE" and "élysée" would be two names. An ICU collation at strength 2 ("ks"
-- level2) tells letters and accents apart but not case; it is nondeterministic, so equality under
-- it ignores case. The admin's duplicate check compares under it, and its list search folds case
-- with ICU's root locale.
CREATE COLLATION storyline_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
