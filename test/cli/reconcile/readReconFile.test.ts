import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText, progressBar, readReconFile } from '../../_private.ts';

const quiet = progressBar(undefined, 0);
const dir = mkdtempSync(join(tmpdir(), 'read-recon-file-'));

/** A file of `count` subscriptions, each billed by one line, a second line for every third. */
function file(count: number): string {
  const rows = [
    'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,Quantity,BillableQuantity,Subtotal,Currency,UnitPrice',
  ];
  for (let i = 1; i <= count; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    rows.push(
      `${id},cycleCharge,2026-12-01,2026-12-31,${i % 7},${i % 7},${(i % 7) * 12.5},USD,12.50`,
    );
    if (i % 3 === 0) rows.push(`${id},addQuantity,2026-12-10,2026-12-31,1,1,8.87,USD,12.50`);
  }
  const path = join(dir, `${count}.csv`);
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

type Read = Awaited<ReturnType<typeof readReconFile>>;

/** Every subscription's groups, those on disk read back a partition at a time as the command does. */
async function everyGroup(read: Read): Promise<Map<string | undefined, unknown>> {
  const all = new Map<string | undefined, unknown>();
  const takeHeld = (): void => {
    for (const id of [...read.groups.subscriptionIds()]) all.set(id, read.groups.take(id));
  };
  takeHeld();
  const spill = read.spill;
  if (spill !== undefined)
    for (let partition = spill.resident; partition < spill.partitions; partition++) {
      for (const held of spill.held(partition))
        for (const group of held.groups) read.groups.addGroup(group);
      await read.readBack?.(partition);
      takeHeld();
    }
  return all;
}

describe('readReconFile', () => {
  it('REC-3: past the budget half the partitions held go to disk at a time, the rest stay held: worked, 400 subscriptions within a budget of about 300 keep 32 of 64 partitions, and every group comes back as read without a budget', async () => {
    const path = file(400);
    const whole = await readReconFile(fileText(path, '--file'), quiet, true);
    expect(whole.spill).toBeUndefined();
    expect(whole.groups.subscriptions).toBe(400);
    // 300 subscriptions of one group and 34 of two (70 B a group, 200 B a subscription)
    const limit = 300 * 270 + 34 * 70;
    const part = await readReconFile(fileText(path, '--file'), quiet, true, limit);
    try {
      const spill = part.spill;
      expect(spill?.partitions).toBe(64);
      expect(spill?.resident).toBe(32);
      // in memory: exactly the subscriptions of the first 32 partitions
      const held = [...part.groups.subscriptionIds()] as string[];
      expect(held.length).toBeGreaterThan(100);
      expect(held.length).toBeLessThan(300);
      for (const id of held) expect(spill?.partitionOf(id)).toBeLessThan(32);
      const kept = [...whole.groups.subscriptionIds()].filter(
        (id) =>
          spill?.partitionOf(id as string) !== undefined &&
          (spill?.partitionOf(id as string) ?? 64) < 32,
      );
      expect(held.sort()).toEqual((kept as string[]).sort());
      expect(await everyGroup(part)).toEqual(await everyGroup(whole));
      // 1 byte: every line passes the budget, and every group comes back all the same
      const none = await readReconFile(fileText(path, '--file'), quiet, true, 1);
      try {
        expect(none.spill?.resident).toBe(0);
        expect(await everyGroup(none)).toEqual(
          await everyGroup(await readReconFile(fileText(path, '--file'), quiet, true)),
        );
      } finally {
        none.spill?.remove();
      }
    } finally {
      part.spill?.remove();
    }
  });
});
