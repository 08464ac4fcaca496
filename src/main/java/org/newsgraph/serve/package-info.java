/**
 * {@code newsgraph serve}: the site and a read-only SPARQL endpoint (embedded Fuseki) from one server, rebuilt when
 * articles or templates change, with open pages reloading themselves. Sits on top of the {@link org.newsgraph.Newsgraph}
 * facade, like the command line.
 */
package org.newsgraph.serve;
