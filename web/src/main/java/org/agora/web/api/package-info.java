/** The REST API under /api: versioned resources under v1, errors as RFC 9457 problem details. */
package org.agora.web.api;
