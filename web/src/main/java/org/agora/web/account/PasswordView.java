package org.agora.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.identity.AccountSettings;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.web.faces.Messages;

/** Backs the password page. Passwords are never written back into the page, right or wrong. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountSettings settings;

    private String current;
    private String replacement;
    private String confirmation;
    private boolean changed;

    public void change() {
        if (replacement == null || !replacement.equals(confirmation)) {
            Messages.error("The new password and its confirmation differ.");
            return;
        }
        try {
            settings.changePassword(chars(current), chars(replacement));
            changed = true;
            Messages.info("Your password is changed. Use it the next time you sign in.");
        } catch (InvalidInputException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public int getMinimumLength() {
        return AccountSettings.MIN_PASSWORD;
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return null;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
