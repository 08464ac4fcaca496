/** Newsgraph: news articles in, a knowledge graph and a browsable static site out. {@link org.newsgraph.Newsgraph} is the front door. */
package org.newsgraph;
