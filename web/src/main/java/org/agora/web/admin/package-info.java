/** Administrators' pages about people's access: roles, locked accounts and the audit log. */
package org.agora.web.admin;
