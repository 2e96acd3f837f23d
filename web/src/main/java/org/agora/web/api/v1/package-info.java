/** Version 1 of the REST API. */
package org.agora.web.api.v1;
