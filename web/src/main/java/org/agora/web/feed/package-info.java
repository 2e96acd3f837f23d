/** The home feed page: the composer and the newest posts the employee may read. */
package org.agora.web.feed;
