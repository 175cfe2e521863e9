package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.InvalidInputException;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First-run setup: while no user exists, anyone who reaches the setup page creates the first
 * organization and its administrator. Once a user exists, setup is closed for good; there is
 * never a default account.
 */
@Service
public class SetupService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;

    SetupService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public boolean isSetupNeeded() {
        return !accounts.anyUserExists();
    }

    /**
     * Creates the first organization and its administrator.
     *
     * @throws IllegalStateException when setup has already been done
     * @throws InvalidInputException naming the field with a message key when a value is not acceptable
     */
    public void createFirstOrganization(FirstRun typed) {
        FirstRun firstRun = new FirstRun(InputText.name("organizationName", typed.organizationName()),
                InputText.name("displayName", typed.displayName()), typed.email(), typed.password());
        validate(firstRun);
        String passwordHash = passwordEncoder.encode(firstRun.password());
        // Row-level security lets a transaction create only the organization it works for, so
        // the new organization is bound before its transaction starts.
        UUID organizationId = UUID.randomUUID();
        OrganizationScope.runAs(organizationId, () -> transactions.executeWithoutResult(tx -> {
            accounts.lockUsers();
            if (accounts.anyUserExists()) {
                throw new IllegalStateException("Ascent is already set up");
            }
            accounts.createOrganization(organizationId, firstRun.organizationName());
            var userId = accounts.createUser(firstRun.email(), firstRun.displayName(), passwordHash);
            accounts.addMembership(userId, organizationId, Role.ADMIN);
        }));
    }

    private static void validate(FirstRun firstRun) {
        if (firstRun.organizationName().isBlank()) {
            throw new InvalidInputException("organizationName", "setup.error.organizationRequired");
        }
        if (firstRun.displayName().isBlank()) {
            throw new InvalidInputException("displayName", "setup.error.nameRequired");
        }
        if (!AccountRules.isEmail(firstRun.email())) {
            throw new InvalidInputException("email", "setup.error.emailInvalid");
        }
        PasswordPolicy.problem(firstRun.password(), firstRun.email(), firstRun.displayName(),
                firstRun.organizationName()).ifPresent(problem -> {
                    throw new InvalidInputException("password", problem);
                });
    }

    /** What the setup form collects. */
    public record FirstRun(String organizationName, String displayName, String email, String password) {
    }
}
