/** The search page: results for the words typed in the top bar. */
package org.agora.web.search;
