/** The WebSocket that tells open pages about new posts and notices as they happen. */
package org.agora.web.live;
