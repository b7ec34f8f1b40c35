/**
 * Not API: the route data the model and the map share ({@link org.gapsim.model.internal.Leg}, one road segment of
 * a column's route with the obstacles met on it). Public only so that gapsim's own packages can use it; it may
 * change in any release.
 */
package org.gapsim.model.internal;
