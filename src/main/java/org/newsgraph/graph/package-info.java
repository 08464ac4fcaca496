/** The knowledge graph: mapping extractions to RDF with Apache Jena, and writing the graph files. */
package org.newsgraph.graph;
