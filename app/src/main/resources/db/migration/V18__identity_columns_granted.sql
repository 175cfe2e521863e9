-- The application role reads app_user column by column (V15 keeps password_hash out of its reach).
-- Columns added by V13 (language and formats) and V16 (forced password change) are granted here,
-- after both, so that the grant list of V15 stays the one place that names the readable columns.
GRANT SELECT (language, format_locale, must_change_password) ON app_user TO ${appRole};
