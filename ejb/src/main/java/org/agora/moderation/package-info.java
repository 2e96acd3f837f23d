/**
 * Moderation under the published community policy: employees report posts and comments, moderators hide what
 * breaks the policy (kept, with the reason told to its author) or dismiss the reports, and every decision is logged.
 */
package org.agora.moderation;
