/** Small extensions of Jakarta Faces that every page relies on. */
package org.agora.web.faces;
