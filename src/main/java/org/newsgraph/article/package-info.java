/** Reading articles: front matter, Markdown body, the plain text every offset refers to, and input problems. */
package org.newsgraph.article;
