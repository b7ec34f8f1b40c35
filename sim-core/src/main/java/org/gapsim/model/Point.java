package org.gapsim.model;

/**
 * FIFO state of one point of the network (a place, or an obstacle) in one replication: columns pass it in the order
 * they reach it, so each vehicle passes no earlier than one headway after the last one that did.
 */
class Point {
    /** Time the last vehicle passed the point, minutes (-infinity before any did). */
    double lastPassage = Double.NEGATIVE_INFINITY;
    /** Time the last vehicle of the last column to head for the point arrives there, minutes (-infinity first). */
    double lastTailArrival = Double.NEGATIVE_INFINITY;
}
