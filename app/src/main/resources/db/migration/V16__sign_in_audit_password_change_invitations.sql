-- Sign-in hardening (issue 19): every sign-in attempt is recorded, for throttling and for the
-- administrators' sign-in log; administrators can make a user choose a new password; people join
-- an organization only by accepting an invitation.

-- Every attempt to sign in: no password, only the e-mail as typed (normalised) and the client
-- address. Throttling counts failures per e-mail and per address from here. Not owned by an
-- organization (an unknown e-mail belongs to none): administrators read the rows of their own
-- organization's members only, through the application.
CREATE TABLE sign_in_attempt (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    attempted_at  timestamptz NOT NULL DEFAULT now(),
    email         text        NOT NULL CHECK (length(email) <= 320),
    address       text        NOT NULL CHECK (length(address) <= 64),
    outcome       text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'LOCKED'))
);
CREATE INDEX sign_in_attempt_email_idx ON sign_in_attempt (email, attempted_at);
CREATE INDEX sign_in_attempt_address_idx ON sign_in_attempt (address, attempted_at);
GRANT SELECT, INSERT ON sign_in_attempt TO ${appRole};

-- Set by an administrator's password reset: the user must choose a new password before anything else.
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- An administrator's invitation to join their organization. Only a hash of the single-use token
-- is kept; the link with the token is shown once, to the administrator who invited.
CREATE TABLE invitation (
    id               uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    email            text        NOT NULL CHECK (length(email) <= 320),
    role             text        NOT NULL CHECK (role IN ('ADMIN', 'HR', 'VIEWER')),
    token_hash       text        NOT NULL UNIQUE,
    invited_by       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    answered_at      timestamptz,
    accepted         boolean,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX invitation_email_idx ON invitation (lower(email)) WHERE answered_at IS NULL;

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON invitation
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON invitation TO ${appRole};

-- The invited person does not work in the inviting organization yet, so row-level security hides
-- the invitation from them. These two functions are the narrow way in: the open invitation a link's
-- token stands for, and the open invitations addressed to one e-mail. Answering an invitation then
-- runs in the inviting organization's scope.
CREATE FUNCTION open_invitation_by_token(p_token_hash text)
    RETURNS TABLE (id uuid, organization_id uuid, organization_name text, email text, role text,
                   expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT i.id, i.organization_id, o.name, i.email, i.role, i.expires_at
    FROM invitation i JOIN organization o ON o.id = i.organization_id
    WHERE i.token_hash = p_token_hash AND i.answered_at IS NULL AND i.expires_at > now()
$$;

CREATE FUNCTION open_invitations_for(p_email text)
    RETURNS TABLE (id uuid, organization_id uuid, organization_name text, email text, role text,
                   expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT i.id, i.organization_id, o.name, i.email, i.role, i.expires_at
    FROM invitation i JOIN organization o ON o.id = i.organization_id
    WHERE lower(i.email) = lower(p_email) AND i.answered_at IS NULL AND i.expires_at > now()
    ORDER BY o.name
$$;

REVOKE ALL ON FUNCTION open_invitation_by_token(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION open_invitations_for(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_invitation_by_token(text) TO ${appRole};
GRANT EXECUTE ON FUNCTION open_invitations_for(text) TO ${appRole};
