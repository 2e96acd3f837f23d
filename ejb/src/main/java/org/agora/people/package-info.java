/** Employees: who they are, where they work, whom they report to and what they know. */
package org.agora.people;
