/** Posts and the feeds that show them: what employees write, where, and who may read it. */
package org.agora.feed;
