/** What keeps the application standing: schema migrations at start-up and the health report. */
package org.agora.platform;
