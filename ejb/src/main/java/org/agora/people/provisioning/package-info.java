/** Employees provisioned from the HR system: CSV files parsed, checked row by row and applied as one change. */
package org.agora.people.provisioning;
