/** The recognition pages: the recognition feed with the giving form, HR's programmes, and HR's insights. */
package org.agora.web.recognition;
