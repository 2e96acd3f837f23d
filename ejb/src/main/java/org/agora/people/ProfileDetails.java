package org.agora.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.agora.shared.InvalidInputException;

import static org.agora.people.TypedText.blankToNull;
import static org.agora.people.TypedText.limited;

/**
 * What an employee writes about themselves: a short bio, what to ask them about, the languages they speak,
 * their time zone and a phone number. Plain text; pages escape it.
 */
public record ProfileDetails(String bio, String askMeAbout, List<String> languages, String timeZone, String phone) {

    static final int MAX_BIO = 2000;
    static final int MAX_ASK_ME_ABOUT = 200;
    static final int MAX_LANGUAGES = 200;
    static final int MAX_PHONE = 40;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]*");

    /** Trims what was typed and refuses what does not fit, with a message for the employee. */
    public ProfileDetails validated() {
        String cleanBio = limited(bio, MAX_BIO, "A bio");
        String cleanAsk = limited(askMeAbout, MAX_ASK_ME_ABOUT, "\"Ask me about\"");
        List<String> cleanLanguages = languages == null ? List.of() : languages.stream()
                .filter(language -> language != null && !language.isBlank())
                .map(String::strip).distinct().toList();
        if (String.join(", ", cleanLanguages).length() > MAX_LANGUAGES) {
            throw new InvalidInputException("The languages can be at most " + MAX_LANGUAGES + " characters together.");
        }
        String cleanZone = blankToNull(timeZone);
        if (cleanZone != null) {
            try {
                cleanZone = ZoneId.of(cleanZone).getId();
            } catch (DateTimeException e) {
                throw new InvalidInputException("\"" + timeZone + "\" is not a time zone Agora knows; choose one such as Europe/London.");
            }
        }
        String cleanPhone = limited(phone, MAX_PHONE, "A phone number");
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new InvalidInputException("A phone number may contain digits, spaces and + ( ) . / - only.");
        }
        return new ProfileDetails(cleanBio, cleanAsk, cleanLanguages, cleanZone, cleanPhone);
    }

    static List<String> languagesFrom(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split(",\\s*")).toList();
    }
}
