import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const repository = 'https://github.com/subscription-rules/subscription-rules/blob/main/';
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every link target of a Markdown text: inline `[text](target)`, reference `[id]: target`, HTML `href`/`src`. */
function linksOf(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const reference = [...markdown.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm)];
  const html = [...markdown.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)];
  return [...inline, ...reference, ...html].map((match) => match[1] as string);
}

/** The file a link names inside this repository, without its `#fragment`, or undefined. */
function repositoryPath(link: string): string | undefined {
  return link.startsWith(repository) ? link.slice(repository.length).split('#')[0] : undefined;
}

describe('README.md, which npm shows on the package page', () => {
  const links = linksOf(readme);

  it('links only to absolute https addresses (a relative link is broken on the npm page)', () => {
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !link.startsWith('https://'))).toEqual([]);
  });

  it('names only files that exist in the repository', () => {
    const paths = links.flatMap((link) => repositoryPath(link) ?? []);
    expect(paths).toContain('docs/getting-started.md');
    expect(paths.filter((path) => path === '' || !existsSync(join(root, path)))).toEqual([]);
  });

  it('links every guide under docs/', () => {
    const linked = new Set(links.flatMap((link) => repositoryPath(link) ?? []));
    const guides = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`);
    expect(guides).toContain('docs/http-service.md');
    expect(guides.filter((guide) => !linked.has(guide))).toEqual([]);
  });
});

describe('the guides under docs/', () => {
  it('link only to files that exist (relative links resolve from docs/)', () => {
    const broken = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) =>
        linksOf(readFileSync(join(root, 'docs', name), 'utf8'))
          .filter((link) => !/^[a-z]+:/i.test(link) && !link.startsWith('#'))
          .map((link) => link.split('#')[0] as string)
          .filter((path) => !existsSync(join(root, 'docs', path)))
          .map((path) => `docs/${name} -> ${path}`),
      );
    expect(broken).toEqual([]);
  });
});
