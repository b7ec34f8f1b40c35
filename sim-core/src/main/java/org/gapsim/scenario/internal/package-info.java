/**
 * Not API: the value checks the scenario records and the reader share. Public only so that gapsim's own modules
 * can use it; it may change in any release.
 */
package org.gapsim.scenario.internal;
