package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in attempts of the active organization's members, for its administrators. */
@Service
public class SignInLog {

    /** How many attempts the log shows. */
    public static final int SHOWN = 500;

    private final SignInAttemptRepository attempts;
    private final OrganizationScope organization;

    SignInLog(SignInAttemptRepository attempts, OrganizationScope organization) {
        this.attempts = attempts;
        this.organization = organization;
    }

    /** The latest attempts with a member's e-mail, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<SignInRecord> recent() {
        return attempts.ofMembers(organization.require(), SHOWN);
    }
}
