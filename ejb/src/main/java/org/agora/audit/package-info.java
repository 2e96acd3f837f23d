/** The audit log: sign-ins, role changes, tokens, moderation and imports, kept for administrators. */
package org.agora.audit;
