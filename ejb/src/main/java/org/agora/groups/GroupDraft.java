package org.agora.groups;

import org.agora.shared.InvalidInputException;

/** What an owner types to create or describe a group; {@link #validated()} says what is wrong, in words. */
public record GroupDraft(String name, String description, GroupVisibility visibility) {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 1000;

    public GroupDraft validated() {
        String trimmedName = name == null ? "" : name.strip();
        String trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        if (trimmedName.length() < 3) {
            throw new InvalidInputException("Give the group a name of at least 3 characters.");
        }
        if (trimmedName.length() > MAX_NAME) {
            throw new InvalidInputException("A group's name can be at most %d characters long; this one has %d."
                    .formatted(MAX_NAME, trimmedName.length()));
        }
        if (trimmedDescription != null && trimmedDescription.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("A group's description can be at most %,d characters long; this one has %,d."
                    .formatted(MAX_DESCRIPTION, trimmedDescription.length()));
        }
        if (visibility == null) {
            throw new InvalidInputException("Choose who can find and read the group: public, private or secret.");
        }
        return new GroupDraft(trimmedName, trimmedDescription, visibility);
    }
}
