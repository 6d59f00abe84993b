/**
 * A command's built worker script, beside the built CLI (`dist/tieOutWorker.js`); `undefined`
 * when running from the sources, where the engine keeps every share in the calling thread.
 *
 * @param name - The script's file name (an `EngineJob`'s `worker`).
 * @returns Its address, or `undefined`.
 */
export function workerScript(name: string): URL | undefined {
  return import.meta.url.endsWith('.ts') ? undefined : new URL(`./${name}`, import.meta.url);
}
