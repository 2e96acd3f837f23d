/** The group directory page. */
package org.agora.web.groups;
