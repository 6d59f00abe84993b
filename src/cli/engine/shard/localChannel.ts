import { MessageChannel, type TransferListItem } from 'node:worker_threads';

/**
 * What the engine's worker uses of the port its messages come by: a worker thread's `parentPort`,
 * or one end of a {@link localChannel} in the reading thread.
 */
export interface EnginePort {
  /**
   * Sends a message to the other end.
   *
   * @param message - The message.
   * @param transfer - Buffers whose ownership goes with it (between threads; in one thread the
   *   message is the other end's as it is, and the sender lets it go all the same).
   */
  postMessage(message: unknown, transfer?: readonly TransferListItem[]): void;
  /**
   * Listens to the messages the other end sends, one at a time, in the order sent.
   *
   * @param event - `message`.
   * @param listener - Takes each message.
   */
  // biome-ignore lint/suspicious/noExplicitAny: a message is what its sender made it, as Node's ports type it
  on(event: 'message', listener: (message: any) => void): unknown;
}

/** An end of a {@link localChannel}: a port, and how it is closed. */
export interface LocalPort extends EnginePort {
  /** Closes the channel: neither end hears another message, those on their way dropped. */
  close(): void;
}

/**
 * A channel between two parts of one thread (REC-3 `--workers`: the reading thread running the
 * first worker itself): each end's messages reach the other on a later turn of the event loop, in
 * the order sent, as a worker thread's do — but as they are, never cloned: a message of plans and
 * invoice rows that takes a tenth of a second to copy to a thread of its own and as long to read
 * back costs nothing here. Each message rings a `MessageChannel` with no payload, so the other end
 * hears it when a worker thread's message would be heard, interleaved with theirs. The sender must
 * not change what it sent (as with a buffer it transferred, it no longer owns it); one listener an
 * end.
 *
 * @returns The two ends.
 */
export function localChannel(): readonly [LocalPort, LocalPort] {
  const { port1, port2 } = new MessageChannel();
  const toFirst: unknown[] = [];
  const toSecond: unknown[] = [];
  let closed = false;
  const end = (bell: typeof port1, inbox: unknown[], outbox: unknown[]): LocalPort => {
    let listening = false;
    return {
      postMessage(message) {
        if (closed) return;
        outbox.push(message);
        bell.postMessage(null);
      },
      on(_event, listener) {
        if (listening) throw new Error('localChannel: one listener an end');
        listening = true;
        bell.on('message', () => {
          if (inbox.length > 0) listener(inbox.shift());
        });
        return this;
      },
      close() {
        closed = true;
        toFirst.length = 0;
        toSecond.length = 0;
        port1.close();
        port2.close();
      },
    };
  };
  return [end(port1, toFirst, toSecond), end(port2, toSecond, toFirst)];
}
