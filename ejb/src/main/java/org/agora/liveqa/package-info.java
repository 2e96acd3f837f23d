/** Live Q&A: executives' scheduled sessions, the questions attendees ask and upvote, and the host's answers. */
package org.agora.liveqa;
