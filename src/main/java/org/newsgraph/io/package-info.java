/** Writing output safely: staged folders swapped in whole, files replaced atomically. */
package org.newsgraph.io;
