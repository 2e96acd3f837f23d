/** The small kernel every capability shares: domain exceptions that carry a message a user can read. */
package org.agora.shared;
