-- The kinds of entry are listed once, in code (storyline.revision.EntityType, bound as its codes
-- by the app's only writers): adding a kind no longer means editing these constraints by hand.
ALTER TABLE revisions DROP CONSTRAINT revisions_entity_type_check;
ALTER TABLE slug_redirects DROP CONSTRAINT slug_redirects_type_check;
