/**
 * The crossing model: one replication of columns marching across a road network while obstacles delay them, on its
 * own SSJ {@code Simulator} (clock in minutes). {@link org.gapsim.model.CrossingPlan} compiles a scenario and one
 * fortification package once (obstacles placed, routes, march orders, stream names; shared by every replication
 * and thread); {@link org.gapsim.model.CrossingModel} runs one replication and publishes
 * {@link org.gapsim.model.ModelEvent}s to {@link org.gapsim.model.ModelListener}s.
 *
 * <p><b>FIFO recurrence.</b> Only a column's head is an SSJ event. At each waypoint (a place or an obstacle) the
 * passage times of all its vehicles follow from the head's: vehicle {@code i} passes no earlier than it arrives, one
 * headway after vehicle {@code i-1}, and one headway after the last vehicle of any column before it; in breach lanes
 * each vehicle takes the lane that frees first. So the cost of a replication grows with the waypoints and vehicles,
 * not with per-vehicle events.
 *
 * <p><b>Computed ahead.</b> When the head reaches an obstacle the model decides at once what happens there and when:
 * detection, a mine set off by a vehicle, bypass or breach (lane opening times), residual mines met in the lanes
 * (in time order), and every vehicle's passage. At an obstacle some defender unit reaches ({@code DefenceLayout}),
 * a breaching column's {@code Fight} is worked out there too, as a walk through its events in time order
 * (detection, engagements by target priority, counter-fire, lane work at rates that change with night, smoke and
 * fire, carriers lost and replaced, failed attempts), and where a fire unit reaches, a vehicle struck in a lane
 * blocks it until recovered;
 * where no unit reaches, none of this runs and no stream of it is drawn.
 * Events for times ahead of the clock are published then, in time order, by scheduled notices. A column whose losses
 * take it below its combat-ineffective threshold halts at the time of the loss that did; losses drawn for later
 * times do not happen. A column with no route to its objective waits where it is and re-plans when an obstacle that
 * blocks it is opened by another column; it halts for good once no column able to open one is left.
 *
 * <p><b>Parts.</b> {@code CrossingModel} builds a {@code ModelContext} (plan, doctrine, streams, the one
 * {@code Simulator}, the {@code EventPublisher}, each obstacle's {@code ObstacleState}, the places' FIFO points in
 * {@code Traffic}) and one {@code Column} per column spec, then runs the simulator. A {@code Column} holds its
 * vehicles as parallel arrays (type, number, time at the waypoint being handled) and its phase; its parts act on
 * them:
 * <ul>
 *   <li>{@code March}: route and legs, speed and headway per leg, the FIFO recurrence, and the named head events
 *       {@code Departure} and {@code HeadArrival};</li>
 *   <li>{@code ObstacleEncounter}: detection (known, recon, on arrival, or a mine going off), the decision to
 *       bypass, breach or turn back, and every vehicle's passage through the lanes or round the bypass;</li>
 *   <li>{@code Breach}: the column's engineer assets, the choice of method, lane working times and widths, the
 *       mines a lane's method clears;</li>
 *   <li>{@code Losses}: losses to residual mines in the lanes (wrecks blocking lanes at defended obstacles), up to
 *       the loss that leaves the column combat ineffective;</li>
 *   <li>{@code Fight} (per defended breach), with the replication's {@code Defence} (units' ammunition,
 *       suppression, destruction) and the plan's {@code DefenceLayout} (units and what they reach);</li>
 *   <li>{@code Routing}: the roads the column avoids, re-planning at places, turning back, waiting and resuming.</li>
 * </ul>
 * {@code WaitingRoom} (shared) counts the waiting columns, re-plans them by a {@code Wake} event when an obstacle
 * that blocked one is opened, and halts those nothing can free. Per-thread {@code Scratch} arrays serve the lane
 * passes (with each lane's live mines, so a vehicle is only checked against the mines it could drive over) and the
 * losses, so a replication allocates no working arrays; events for later times are {@code EventPublisher.Notice}s,
 * reused once they have published.
 *
 * <p><b>Event order.</b> Listeners receive events in simulated-time order; events at the same time in the order
 * they were published (for one column: a loss before the halt it causes). A replication is fully determined by the
 * plan, the master seed and the replication index: every random input is drawn from a named stream positioned at
 * the replication's substream.
 */
package org.gapsim.model;
