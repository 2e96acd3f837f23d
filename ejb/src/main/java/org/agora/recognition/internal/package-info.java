/** How recognition is kept: the services behind the recognition package's interfaces, and the daily milestone job. */
package org.agora.recognition.internal;
