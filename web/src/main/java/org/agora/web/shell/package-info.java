/** The application shell every page shares: top bar, navigation, search box, sign-out. */
package org.agora.web.shell;
