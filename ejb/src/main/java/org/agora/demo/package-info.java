/** The demo company loaded on first start so that every page has something real on it. */
package org.agora.demo;
