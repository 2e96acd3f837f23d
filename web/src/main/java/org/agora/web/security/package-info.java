/**
 * The web tier's share of security: signing in and out, API credentials (tokens and HTTP Basic), rate limits
 * and the response headers every page and answer carries.
 */
package org.agora.web.security;
