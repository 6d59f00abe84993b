import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EnginePort, IN_FLIGHT, workerThreads } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';

const dir = tempFolder('worker-threads-');

/** A worker script of its own: `{ take }` answered when told `{ go }`, `{ fail }` and `{ exit }` as said. */
function script(): URL {
  const path = join(dir, 'worker.mjs');
  writeFileSync(
    path,
    `import { parentPort, workerData } from 'node:worker_threads';
let held = 0;
parentPort.on('message', (message) => {
  if (message.take !== undefined) held++;
  else if (message.go === true) for (; held > 0; held--) parentPort.postMessage({ took: workerData.shard });
  else if (message.fail === true) parentPort.postMessage({ failure: 'no room', stack: 'Error: no room\\n    at worker' });
  else if (message.exit === true) process.exit(7);
});
`,
  );
  return pathToFileURL(path);
}

/** Threads of two workers over the script, each answer counted as taken. */
function started(owed = false): ReturnType<typeof workerThreads> {
  const threads = workerThreads<{ took: number }>(script(), {
    count: 2,
    workerData: (shard) => ({ shard }),
    stopped: (shard, code) => new Error(`worker ${shard + 1} of 2 stopped (exit code ${code})`),
    owed: () => owed,
    answer: (shard) => threads.took(shard),
  });
  return threads;
}

/** The script's worker, run in this thread on one end of a channel: the same answers. */
function here(port: EnginePort, data: unknown): void {
  const { shard } = data as { shard: number };
  let held = 0;
  port.on('message', (message: { take?: number; go?: boolean; fail?: boolean }) => {
    if (message.take !== undefined) held++;
    else if (message.go === true) for (; held > 0; held--) port.postMessage({ took: shard });
    else if (message.fail === true)
      port.postMessage({ failure: 'no room here', stack: 'Error: no room here\n    at here' });
  });
}

describe('workerThreads', () => {
  it('REC-3: the first worker run in this thread is started with its data and answers as a thread of its own: its messages counted until taken, its failure the run’s; stopped, it hears nothing more', async () => {
    const took: number[] = [];
    const threads = workerThreads<{ took: number }>(script(), {
      count: 2,
      here,
      workerData: (shard) => ({ shard }),
      stopped: (shard, code) => new Error(`worker ${shard + 1} of 2 stopped (exit code ${code})`),
      answer: (shard, answer) => {
        took.push(answer.took);
        threads.took(shard);
      },
    });
    try {
      for (let i = 0; i < IN_FLIGHT; i++) threads.post(0, { take: i });
      const room = threads.room(0);
      expect(room).toBeInstanceOf(Promise);
      threads.tell(0, { go: true });
      await room;
      await threads.waits.until(() => threads.inFlight(0) === 0);
      expect(took).toEqual(Array.from({ length: IN_FLIGHT }, () => 0));
      threads.post(1, { take: 1 });
      threads.tell(1, { go: true });
      await threads.waits.until(() => threads.inFlight(1) === 0);
      expect(took.at(-1)).toBe(1);
      threads.tell(0, { fail: true });
      await expect(threads.waits.until(() => false)).rejects.toThrow('no room here');
    } finally {
      threads.stop();
    }
    // its channel closed: what is posted now is never taken, and fails nothing
    threads.post(0, { take: 9 });
    threads.tell(0, { go: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(threads.inFlight(0)).toBe(1);
  });

  it(`REC-3: a worker with ${IN_FLIGHT} messages not taken has no room until it takes one; the other worker's room is its own`, async () => {
    const threads = started();
    try {
      for (let i = 0; i < IN_FLIGHT - 1; i++) threads.post(0, { take: i });
      expect(threads.room(0)).toBeUndefined();
      threads.post(0, { take: IN_FLIGHT });
      expect(threads.inFlight(0)).toBe(IN_FLIGHT);
      expect(threads.room(1)).toBeUndefined();
      const room = threads.room(0);
      expect(room).toBeInstanceOf(Promise);
      threads.tell(0, { go: true });
      await room;
      expect(threads.inFlight(0)).toBeLessThan(IN_FLIGHT);
    } finally {
      threads.stop();
    }
  });

  it('REC-3: a failure a worker sends fails every wait with its message and stack', async () => {
    const threads = started();
    try {
      for (let i = 0; i < IN_FLIGHT; i++) threads.post(1, { take: i });
      const room = threads.room(1);
      threads.tell(1, { fail: true });
      const error = await room?.then(
        () => undefined,
        (failed: unknown) => failed,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe('no room');
      expect((error as Error).stack).toContain('at worker');
      expect(threads.waits.failure).toBe(error);
    } finally {
      threads.stop();
    }
  });

  it("REC-3: a worker that stops before the run stops it fails the run with its command's error; once stopped, only while results are owed", async () => {
    const threads = started();
    threads.tell(0, { exit: true });
    await expect(threads.waits.until(() => false)).rejects.toThrow(
      'worker 1 of 2 stopped (exit code 7)',
    );
    threads.stop();
    const done = started(false);
    done.stop();
    const owed = started(true);
    owed.stop();
    await expect(owed.waits.until(() => false)).rejects.toThrow(
      /worker [12] of 2 stopped \(exit code \d+\)/,
    );
    // stopped with nothing owed: the wait is the caller's to end
    await expect(done.waits.until(() => true)).resolves.toBeUndefined();
    expect(done.waits.failure).toBeUndefined();
  });

  it('USG-7: a worker ended once its work is done stops without failing the run; the other still answers, and its stopping still fails it', async () => {
    const threads = started();
    try {
      threads.end(0);
      threads.post(1, { take: 1 });
      threads.tell(1, { go: true });
      await threads.waits.until(() => threads.inFlight(1) === 0);
      expect(threads.waits.failure).toBeUndefined();
      threads.tell(1, { exit: true });
      await expect(threads.waits.until(() => false)).rejects.toThrow(
        'worker 2 of 2 stopped (exit code 7)',
      );
    } finally {
      threads.stop();
    }
  });
});
