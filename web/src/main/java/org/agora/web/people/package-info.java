/** The people directory page. */
package org.agora.web.people;
