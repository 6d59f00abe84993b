import type { UsageState } from './UsageState.ts';

/** Each reconciler's state, out of reach of the library's callers. */
const states = new WeakMap<object, UsageState>();

/**
 * Binds a reconciler to its state (`createUsageReconciler`).
 *
 * @param reconciler - The reconciler.
 * @param state - Its state.
 */
export function bindState(reconciler: object, state: UsageState): void {
  states.set(reconciler, state);
}

/**
 * A reconciler's state: plain data (maps, sets, numbers, texts), which the command line's file
 * engine hands from a worker thread or a spill partition to the thread that merges the shares
 * (`mergeState`) and finishes them once, so the result is one pass's.
 *
 * @param reconciler - A reconciler made by `createUsageReconciler`, or anything else.
 * @returns Its state; `undefined` for anything else.
 */
export function stateOf(reconciler: unknown): UsageState | undefined {
  return typeof reconciler === 'object' && reconciler !== null ? states.get(reconciler) : undefined;
}
