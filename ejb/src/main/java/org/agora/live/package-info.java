/** Live updates: who is connected, and which of them may hear of a new post or notice. */
package org.agora.live;
