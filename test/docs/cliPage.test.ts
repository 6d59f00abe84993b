import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/_run.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(root, 'docs/cli.md'), 'utf8');

/** The command names `--help` lists. */
const commands = [...run('--help').out.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map(
  (m) => m[1] as string,
);

/** A command's usage lines: `Usage:` up to the first empty line. */
function usageOf(command: string): string {
  const help = run(command, '--help').out;
  return help.slice(help.indexOf('Usage:'), help.indexOf('\n\n'));
}

describe('docs/cli.md agrees with --help', () => {
  it('lists the commands --help lists', () => {
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands) expect(page, command).toContain(`\`${command}`);
  });

  it('USG-7, INV-3: a command whose --help offers --engine duckdb is never said to take only default', () => {
    const offering = commands.filter((command) => usageOf(command).includes('default|duckdb'));
    expect(offering).toEqual(expect.arrayContaining(['reconcile', 'tie-out', 'usage']));
    expect(page).not.toMatch(/`--engine` takes only\s+`default`/);
    // each of them is described with duckdb on the page's row or paragraph of the command
    for (const command of offering) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${command}\``));
      const paragraph = page
        .split('\n\n')
        .filter((text) => text.includes(`\`${command}`) && text.includes('--engine'));
      expect(
        [row ?? '', ...paragraph].some((text) => text.includes('duckdb')),
        command,
      ).toBe(true);
    }
  });
});
