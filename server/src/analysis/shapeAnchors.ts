/**
 * Keeps one instance of each short-lived analysis class alive for the life of the process, so that V8
 * keeps the hidden classes ("maps") its optimized code was built for (decision 0086).
 *
 * V8 holds the map an object reaches in its constructor only through the objects that use it. The line
 * reader, message builder, parse run, transaction index and rule run of an analysis are garbage as soon
 * as it ends. A full collection made to reduce memory (V8's memory reducer once the server has idled,
 * or a forced one) then drops their maps and discards every optimized function that checked them
 * ("weak objects"). The next analysis starts again in the interpreter and recompiles them: on a 50 MB
 * trace, about 130 functions and a third of the analysis's CPU time. One instance built at start-up on
 * empty input keeps the maps.
 */
const anchors: object[] = [];

/**
 * Keeps `instance` reachable for the life of the process (build it the way real instances are built,
 * so that it reaches the same map). Returns it.
 */
export function anchorShape<T extends object>(instance: T): T {
  anchors.push(instance);
  return instance;
}
