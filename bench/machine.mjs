// The machine a bench ran on, as docs/PERFORMANCE.md names it.
import { arch, cpus, platform, totalmem } from 'node:os';

/** The processor, its cores, memory, system, Node and the day. */
export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${arch()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}
