-- Organization settings (issue 15): the organization's default language, the first day of its
-- week, the scales of its 9-box and the anonymity threshold of its 360 feedback. The organization
-- table is already under row-level security and audited (V21); the new columns are audited with it.

-- default_language: the language of the texts for a member who has not chosen one (before the
-- browser's); NULL leaves it to the browser.
-- week_start: ISO day number (1 = Monday, 6 = Saturday, 7 = Sunday) the calendars and date pickers
-- start the week on; NULL follows each user's format locale.
-- performance_scale / potential_scale: the highest rating of the 9-box axes (1 to N).
-- feedback_anonymity_threshold: the fewest raters whose 360 feedback may be shown.
ALTER TABLE organization
    ADD COLUMN default_language             text     CHECK (default_language IN ('en', 'pl')),
    ADD COLUMN week_start                   smallint CHECK (week_start IN (1, 6, 7)),
    ADD COLUMN performance_scale            smallint NOT NULL DEFAULT 3 CHECK (performance_scale BETWEEN 3 AND 5),
    ADD COLUMN potential_scale              smallint NOT NULL DEFAULT 3 CHECK (potential_scale BETWEEN 3 AND 5),
    ADD COLUMN feedback_anonymity_threshold smallint NOT NULL DEFAULT 3
        CHECK (feedback_anonymity_threshold BETWEEN 3 AND 20);
