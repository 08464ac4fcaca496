/** The command line (picocli). Parses options, calls {@link org.newsgraph.Newsgraph}, turns results into exit codes. */
package org.newsgraph.cli;
