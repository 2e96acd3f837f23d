/** The leadership page. */
package org.agora.web.leadership;
