-- How an organization counts money and time, and how each user reads and writes values.

-- Every amount in Ascent is in the organization's currency; meetings are planned in its time zone;
-- its format locale is used where no user's choice or browser applies.
ALTER TABLE organization
    ADD COLUMN currency       char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    ADD COLUMN time_zone      text    NOT NULL DEFAULT 'Europe/Berlin',
    ADD COLUMN format_locale  text    NOT NULL DEFAULT 'en-GB';

-- A user's language of the texts and format locale (how numbers and dates are written), each
-- chosen in Preferences; NULL follows the browser.
ALTER TABLE app_user
    ADD COLUMN language       text,
    ADD COLUMN format_locale  text;
