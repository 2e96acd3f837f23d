package org.agora.people.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute as a filter, a PATCH path or a request body names it (RFC 7644 §3.10): optionally the URN of its
 * schema, the attribute, a filter on the values of a multi-valued one and a sub-attribute, as in
 * {@code emails[type eq "work"].value}. Names are kept in lower case: SCIM's attribute names are case-insensitive.
 *
 * @param valueFilter  null unless the path picks values, as in {@code members[value eq "42"]}
 * @param subAttribute null unless the path goes into a complex attribute, as in {@code name.givenName}
 */
record AttributePath(Schema schema, String attribute, ScimFilter valueFilter, String subAttribute) {

    /** Whose attribute it is: SCIM's core User or Group, the enterprise extension, or an extension Agora does not keep. */
    enum Schema { CORE, ENTERPRISE, OTHER }

    private static final Pattern PATH = Pattern.compile("([A-Za-z$][\\w$-]*)(?:\\[(.*)])?(?:\\.([A-Za-z$][\\w$-]*))?");

    static AttributePath parse(String path) {
        String text = path == null ? "" : path.strip();
        Schema schema = Schema.CORE;
        String attribute = text;
        if (startsWithIgnoringCase(text, ScimSchemas.ENTERPRISE_USER + ":")) {
            schema = Schema.ENTERPRISE;
            attribute = text.substring(ScimSchemas.ENTERPRISE_USER.length() + 1);
        } else if (startsWithIgnoringCase(text, ScimSchemas.USER + ":")) {
            attribute = text.substring(ScimSchemas.USER.length() + 1);
        } else if (startsWithIgnoringCase(text, ScimSchemas.GROUP + ":")) {
            attribute = text.substring(ScimSchemas.GROUP.length() + 1);
        } else if (startsWithIgnoringCase(text, "urn:")) {
            return new AttributePath(Schema.OTHER, lowerCase(text), null, null);
        }
        Matcher matcher = PATH.matcher(attribute);
        if (!matcher.matches()) {
            throw ScimException.invalidPath("\"" + text + "\" is not an attribute path such as title, name.givenName or "
                    + "emails[type eq \"work\"].value.");
        }
        ScimFilter valueFilter = matcher.group(2) == null ? null : ScimFilter.parse(matcher.group(2));
        return new AttributePath(schema, lowerCase(matcher.group(1)), valueFilter,
                matcher.group(3) == null ? null : lowerCase(matcher.group(3)));
    }

    /** Whether this is the core attribute {@code name} (lower case) itself, without a filter or sub-attribute. */
    boolean isSimple(String name) {
        return schema == Schema.CORE && attribute.equals(name) && valueFilter == null && subAttribute == null;
    }

    static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
