/** What employees hear about: the bell in the top bar and its list. */
package org.agora.notifications;
