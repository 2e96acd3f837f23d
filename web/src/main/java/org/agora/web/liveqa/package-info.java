/** Live Q&A in the browser: the session page, the scheduling form and the WebSocket that keeps a queue live. */
package org.agora.web.liveqa;
