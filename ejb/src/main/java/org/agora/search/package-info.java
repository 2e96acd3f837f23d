/** Knowledge search: what is indexed in Elasticsearch, how it stays in sync, and permission-aware queries. */
package org.agora.search;
