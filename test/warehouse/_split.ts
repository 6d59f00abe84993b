import fc from 'fast-check';

/** One aggregate's six functions, as BigQuery calls them. */
export interface Aggregate {
  initialState(options?: unknown): unknown;
  aggregate(state: unknown, ...args: unknown[]): void;
  merge(state: unknown, partial: unknown, options?: unknown): void;
  serialize(state: unknown): unknown;
  deserialize(serialized: unknown, options?: unknown): unknown;
  finalize(state: unknown, options?: unknown): string;
}

/** How one group's rows are run: workers, the order of rows, where states are serialized, the tree. */
export interface Plan {
  readonly workerOf: readonly number[];
  readonly order: readonly number[];
  readonly trips: readonly boolean[];
  readonly tree: readonly number[];
}

/** A plan drawn at random for up to `n` rows. */
export const plans = (n: number): fc.Arbitrary<Plan> =>
  fc.record({
    workerOf: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    order: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    trips: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    tree: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  });

/**
 * A state round-tripped through `serialize`, plain data (as an engine stores it: JSON) and
 * `deserialize` when the plan says so at `at`.
 */
function trip(agg: Aggregate, state: unknown, plan: Plan, at: number, options: unknown): unknown {
  if (plan.trips[at % plan.trips.length] !== true) return state;
  const data = JSON.parse(JSON.stringify(agg.serialize(state)));
  return agg.deserialize(data, options);
}

/**
 * Runs `rows` (each the arguments after the state) through `agg` as an engine might: split over
 * up to four workers, each in its own row order, states serialized at random points, merged in a
 * tree of the plan's shape; then finalized.
 */
export function runSplit(
  agg: Aggregate,
  rows: readonly unknown[][],
  plan: Plan,
  options: unknown,
): string {
  const workers = [0, 1, 2, 3].map(() => agg.initialState(options));
  const order = rows
    .map((_, i) => i)
    .sort((a, b) => (plan.order[a] ?? 0) - (plan.order[b] ?? 0) || a - b);
  let step = 0;
  for (const i of order) {
    const w = plan.workerOf[i] ?? 0;
    workers[w] = trip(agg, workers[w], plan, step++, options);
    agg.aggregate(workers[w], ...(rows[i] as unknown[]), options);
  }
  let states = workers.map((s, i) => trip(agg, s, plan, step + i, options));
  // merged in a tree: two states drawn by the plan merged, until one is left
  let t = 0;
  while (states.length > 1) {
    const a = (plan.tree[t] ?? 0) % states.length;
    const rest = states.filter((_, i) => i !== a);
    const b = (plan.tree[t + 1] ?? 0) % rest.length;
    const into = states[a];
    agg.merge(into, rest[b], options);
    states = [trip(agg, into, plan, step + 5 + t, options), ...rest.filter((_, i) => i !== b)];
    t++;
  }
  return agg.finalize(states[0], options);
}
