/**
 * Executives' video blogs: uploads received in pieces, the films with their posters and captions, the leadership
 * channel, subscriptions to it, and how much of each video was watched.
 */
package org.agora.video;
