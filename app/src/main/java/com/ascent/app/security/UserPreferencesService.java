package com.ascent.app.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's preferences (language, format locale). */
@Service
public class UserPreferencesService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    UserPreferencesService(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The signed-in user's preferences; the browser's when nobody is signed in. */
    @Transactional(readOnly = true)
    public UserPreferences current() {
        return currentUser.get().map(user -> accounts.preferences(user.id())).orElse(UserPreferences.BROWSER);
    }

    @Transactional
    public void save(UserPreferences preferences) {
        accounts.savePreferences(currentUser.require().id(), preferences);
    }
}
