/**
 * SCIM 2.0 provisioning (RFC 7643, RFC 7644): the company's identity provider keeps employees and their accounts as
 * Users, reads departments as Groups and grants Agora's roles through role Groups.
 */
package org.agora.people.scim;
