package org.agora.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SafeRedirectsTest {

    @Test
    void aPathOfThisSiteIsKept() {
        assertEquals("/groups/view.xhtml?id=3", SafeRedirects.localPath("/groups/view.xhtml?id=3"));
        assertEquals("/", SafeRedirects.localPath("/"));
    }

    @Test
    void anythingABrowserWouldReadAsAnotherSiteIsRefused() {
        assertNull(SafeRedirects.localPath("//evil.example/phish"));
        assertNull(SafeRedirects.localPath("/\\evil.example"));
        assertNull(SafeRedirects.localPath("https://evil.example/"));
        assertNull(SafeRedirects.localPath("javascript:alert(1)"));
        assertNull(SafeRedirects.localPath("/ok\r\nSet-Cookie: x=y"));
        assertNull(SafeRedirects.localPath(""));
        assertNull(SafeRedirects.localPath(null));
    }
}
