/** The notifications page behind the bell, and the settings of what reaches the bell and the e-mail digest. */
package org.agora.web.notifications;
