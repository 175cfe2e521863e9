package com.ascent.app.security;

import com.ascent.app.db.tables.records.AppUserRecord;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users by e-mail; a user starts in the first of their organizations. */
@Service
class AscentUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AscentUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        AppUserRecord user = accounts.findByEmail(email)
                .filter(AppUserRecord::getEnabled)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<Membership> memberships = accounts.memberships(user.getId());
        return new AscentUser(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
                memberships, memberships.isEmpty() ? null : memberships.getFirst().organizationId());
    }
}
