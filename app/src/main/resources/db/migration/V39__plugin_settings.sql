-- Per-organization plugin settings (issue 18, plugin API 1.5.0): the values an organization's
-- administrator set for the settings a step declares (WizardStep.settings()). Stored as text in the
-- setting's canonical form (a number in its plain form, a list one entry per element); a setting
-- with no row reads as its declared default, and the row of a setting the step no longer declares
-- is ignored (it comes back into force if the step declares the setting again).
CREATE TABLE plugin_setting (
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    step_id          text        NOT NULL CHECK (length(step_id) BETWEEN 1 AND 200),
    setting_key      text        NOT NULL CHECK (length(setting_key) BETWEEN 1 AND 100),
    setting_values   text[]      NOT NULL CHECK (cardinality(setting_values) <= 500),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (organization_id, step_id, setting_key)
);

ALTER TABLE plugin_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE plugin_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON plugin_setting
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON plugin_setting TO ${appRole};
SELECT audit_changes_of('plugin_setting');
SELECT guard_archived_organization('plugin_setting');
