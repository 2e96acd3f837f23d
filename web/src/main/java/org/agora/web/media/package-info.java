/** Sending stored files with validators, conditional requests and byte ranges, so downloads resume and players seek. */
package org.agora.web.media;
