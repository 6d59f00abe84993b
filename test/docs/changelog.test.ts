import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  readonly version: string;
};

/** Every second-level heading of the changelog, in the order written. */
const headings: readonly string[] = changelog
  .split('\n')
  .flatMap((line) => (line.startsWith('## ') ? [line.slice(3)] : []));

/** A released heading: `[0.7.0] - 2026-11-28`. */
const released = /^\[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d{2}-\d{2})$/;

interface Release {
  readonly heading: string;
  readonly name: string;
  readonly version: readonly [number, number, number];
  readonly date: string;
}

const releases: readonly Release[] = headings.slice(1).flatMap((heading) => {
  const match = released.exec(heading);
  return match === null
    ? []
    : [
        {
          heading,
          name: `${match[1]}.${match[2]}.${match[3]}`,
          version: [Number(match[1]), Number(match[2]), Number(match[3])] as const,
          date: match[4] as string,
        },
      ];
});

/** Whether `a` is a newer semver (major.minor.patch) than `b`. */
function newer(a: Release['version'], b: Release['version']): boolean {
  const index = a.findIndex((part, i) => part !== b[i]);
  return index !== -1 && (a[index] as number) > (b[index] as number);
}

describe('CHANGELOG.md', () => {
  it('opens with [Unreleased], then only versioned, dated headings', () => {
    expect(headings[0]).toBe('[Unreleased]');
    expect(releases.length).toBeGreaterThan(1);
    expect(headings.slice(1).filter((heading) => !released.test(heading))).toEqual([]);
  });

  it('dates every release with a real calendar day (YYYY-MM-DD)', () => {
    const invalid = releases.filter(
      ({ date }) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date,
    );
    expect(invalid.map(({ heading }) => heading)).toEqual([]);
  });

  it('lists releases newest first: each version and date above the one before it', () => {
    const outOfOrder = releases
      .slice(1)
      .filter((release, i) => {
        const above = releases[i] as Release;
        return !newer(above.version, release.version) || above.date < release.date;
      })
      .map(({ heading }) => heading);
    expect(outOfOrder).toEqual([]);
  });

  it("has the package's version as its newest release", () => {
    expect(releases[0]?.name).toBe(version);
  });

  it('leaves no release without an entry', () => {
    const sections = changelog.split(/^## /m).slice(2);
    expect(
      sections.filter((section) => !/^- /m.test(section)).map((s) => s.split('\n')[0]),
    ).toEqual([]);
  });
});
