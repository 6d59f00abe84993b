import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { UsageState } from '../../usage/_internal/UsageState.ts';
import type { PartRow } from '../../usage/_internal/usagePartOrder.ts';
import { finishPlanParts, PLANS_TOGETHER, type PlansTogether } from './planParts.ts';
import type { PlansGiven, UsagePiece } from './usagePieces.ts';
import type { UsagePlans } from './usagePlans.ts';

/**
 * A worker's share of the usage file finished where it was read (`usage --workers`, USG-7, WH-4):
 * the Azure plans only it holds finished a few at a time ({@link finishPlanParts}) with the whole
 * file's facts and their invoice rows, as the reading thread would finish them — their lists'
 * items handed back as UTF-8 in one buffer, never as a state to copy — and every other plan's
 * piece given back as it is, for the reading thread to merge with the other shares' pieces.
 *
 * @param share - The share, every row read.
 * @param given - The plans it finishes, and what with.
 * @param options - The run's options, read.
 * @param together - How many plans, and lines, a part may hold.
 * @returns The plans finished (none when it finishes none), and the other plans' pieces.
 */
export function ownPlans(
  share: UsagePlans,
  given: PlansGiven,
  options: UsageOptions,
  together: PlansTogether = PLANS_TOGETHER,
): UsagePiece[] {
  const own = new Set<string>(given.plans);
  const pieces: UsagePiece[] = [];
  const byPlan = new Map<string, UsageState[]>();
  // taken: each plan's state let go once its part is finished
  for (const { plan, state } of share.take())
    if (own.has(plan)) byPlan.set(plan, [state]);
    else pieces.push({ plan, state });
  const first = given.plans[0];
  if (first === undefined) return pieces;
  const sections: string[] = [];
  const keys: string[] = [];
  const items = new ItemChunks();
  const customers: PartRow[] = [];
  const summary = finishPlanParts(
    given.plans,
    byPlan,
    new Map(given.recon.map(([plan, rows, numbers]) => [plan, { rows, numbers }])),
    {
      pecSeen: given.pecSeen,
      products: new Set(given.products),
      given: new Set(given.given),
      invoice: given.invoice,
    },
    options,
    together,
    (row) => {
      if (row.section === 'customers') customers.push(row);
      else {
        sections.push(row.section);
        keys.push(row.key);
        items.add(row.item);
      }
    },
  );
  pieces.push({
    plan: first,
    done: {
      plans: given.plans,
      pecSeen: given.pecSeen,
      products: given.products,
      sections,
      keys,
      items: items.chunks(),
      customers,
      summary,
    },
  });
  return pieces;
}

/** Chunk of a megabyte the items are written to. */
const CHUNK = 1 << 20;

/** Texts written as UTF-8 as they come, into chunks of a megabyte (a text never split). */
class ItemChunks {
  readonly #done: [Uint8Array, Uint32Array][] = [];
  #chunk = Buffer.alloc(0);
  #at = 0;
  #ends: number[] = [];

  /** @param text - A text, written after the others. */
  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.#at + length > this.#chunk.length) {
      this.#close();
      this.#chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK, length));
    }
    this.#at += this.#chunk.write(text, this.#at);
    this.#ends.push(this.#at);
  }

  /** The chunk written so far kept, its bytes to the last text's end. */
  #close(): void {
    if (this.#ends.length > 0)
      this.#done.push([this.#chunk.subarray(0, this.#at), Uint32Array.from(this.#ends)]);
    this.#at = 0;
    this.#ends = [];
  }

  /** @returns Each chunk and where its texts end. */
  chunks(): [Uint8Array, Uint32Array][] {
    this.#close();
    return this.#done;
  }
}
