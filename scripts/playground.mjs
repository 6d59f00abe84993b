// `npm run playground`: serves the project folder on 127.0.0.1 so the browser playground
// (docs/playground/) can import the built library from dist/ and zod from node_modules/. A static
// server of a few lines on node:http, so the playground needs no dependency of its own.
// PORT picks the port (default 5173; 0 asks the system for a free one).
import { existsSync, readFile, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file a request path names inside the root, or `null` when it points outside it. */
function fileOf(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
}

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Only GET and HEAD are served.');
    return;
  }
  // The raw path, not a URL's: new URL() would quietly resolve `..` before it can be refused.
  const pathname = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
  if (pathname === '/') {
    response.writeHead(302, { location: '/docs/playground/' }).end();
    return;
  }
  const file = fileOf(pathname);
  if (file === null) {
    send(response, 403, 'Outside the project folder.');
    return;
  }
  const folder = existsSync(file) && statSync(file).isDirectory();
  if (folder && !pathname.endsWith('/')) {
    // A folder's page resolves its relative imports against the folder, so its URL ends in `/`.
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const served = folder ? join(file, 'index.html') : file;
  readFile(served, (error, body) => {
    if (error !== null) {
      send(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
});

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (`npm run playground` does).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5173);
server.listen(port, '127.0.0.1', () => {
  console.log(`playground: http://127.0.0.1:${server.address().port}/docs/playground/`);
});
