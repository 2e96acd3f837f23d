/** Errors of the REST API as RFC 9457 problem details, mapped once here. */
package org.agora.web.api.problem;
