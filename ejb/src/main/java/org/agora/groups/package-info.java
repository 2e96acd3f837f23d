/** Communities employees gather in: public, private and secret groups and who belongs to them. */
package org.agora.groups;
