/** The employee's own account pages: password and personal access tokens. */
package org.agora.web.account;
