/** Who may sign in to Agora and with which roles: accounts, bcrypt password hashes, the signed-in employee. */
package org.agora.identity;
