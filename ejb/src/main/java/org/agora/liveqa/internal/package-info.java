/** How live Q&A sessions are stored, changed under a session lock, and told to open pages. */
package org.agora.liveqa.internal;
