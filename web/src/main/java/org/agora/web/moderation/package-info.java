/** Reporting content from any page, the moderators' queue and log. */
package org.agora.web.moderation;
