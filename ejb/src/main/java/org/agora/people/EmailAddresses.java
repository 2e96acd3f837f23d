package org.agora.people;

import java.util.regex.Pattern;

/** The rule every employee's e-mail address follows, whichever way the employee reached Agora. */
public final class EmailAddresses {

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String DOMAIN_LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    // Company addresses always have a dot in the domain, so "anna@example" is a typo, not a valid address.
    private static final Pattern ADDRESS = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@" + DOMAIN_LABEL + "(?:\\." + DOMAIN_LABEL + ")+");

    private EmailAddresses() {
    }

    /** Whether {@code lowerCase}, in lower case as Agora stores addresses, is a valid company address. */
    public static boolean isValid(String lowerCase) {
        return ADDRESS.matcher(lowerCase).matches();
    }
}
