/** The SCIM 2.0 service under /scim/v2 for the company's identity provider; errors as RFC 7644 §3.12 bodies. */
package org.agora.web.scim;
