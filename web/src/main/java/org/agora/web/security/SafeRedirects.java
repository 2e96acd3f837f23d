package org.agora.web.security;

/** Where a redirect after sign-in may go: only a path of this application, never another site. */
final class SafeRedirects {

    private SafeRedirects() {
    }

    /**
     * {@code path} if it is an absolute path within the site ("/groups/view.xhtml?id=3"), else null.
     * "//evil.example" and "/\evil.example" are addresses of other sites to a browser, so they are refused.
     */
    static String localPath(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return null;
        }
        if (path.startsWith("//") || path.startsWith("/\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return path;
    }
}
