/** The notifications page behind the bell. */
package org.agora.web.notifications;
