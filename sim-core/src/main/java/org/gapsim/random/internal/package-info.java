/**
 * Not API: MRG32k3a substream arithmetic (jumping a stream's seed ahead by whole substreams) used by
 * {@link org.gapsim.random.StreamFactory}. Public only so that gapsim's own modules can use it; it may change in
 * any release.
 */
package org.gapsim.random.internal;
