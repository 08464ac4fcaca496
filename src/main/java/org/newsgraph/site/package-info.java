/** The static site: view records read from the graph, one renderer per page kind, Thymeleaf templates. */
package org.newsgraph.site;
