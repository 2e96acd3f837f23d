/** What employees hear about: the bell in the top bar and its list, the daily e-mail digest, and their choices of both. */
package org.agora.notifications;
