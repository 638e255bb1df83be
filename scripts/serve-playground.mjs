#!/usr/bin/env node
/**
 * Serves the built playground (tests/fixtures/dist) on http://127.0.0.1:<port>/.
 * No dependencies: node:http only. Loopback only, never another interface.
 *
 *   node scripts/serve-playground.mjs [--port N]     (or PLAYGROUND_PORT=N; default 4599)
 *
 * Also a module: `import { startPlaygroundServer } from './serve-playground.mjs'`
 * gives `await startPlaygroundServer({ port })` → `{ url, close }` (port 0 picks a free one).
 * Build the page first: `npm run build:playground`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4599;
export const PLAYGROUND_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'tests',
  'fixtures',
  'dist',
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** Maps a request path to a file inside root, or null if it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    }
    const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
    let file = resolveFile(root, pathname);
    if (!file) return send(res, 400, 'Bad request\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return send(res, 404, 'Not found\n');
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        // Everything Vite writes under /assets/ is named by its content hash: a browser may keep
        // it (and its compiled code) as long as it likes. The pages are always fetched anew, so a
        // rebuilt playground is seen at once.
        'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, 'Not found\n');
    }
  };
}

/**
 * Starts the server on 127.0.0.1. Rejects if the playground is not built or the port is taken.
 * @param {{ port?: number, root?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPlaygroundServer({ port = DEFAULT_PORT, root = PLAYGROUND_ROOT } = {}) {
  const dir = path.resolve(root);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `The playground is not built (no ${path.join(dir, 'index.html')}). Run \`npm run build:playground\` first.`,
    );
  }
  const server = createServer(handler(dir));
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${HOST}:${actualPort}/`;
  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  return { url, close };
}

function parsePort(argv, env) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i === -1 ? env.PLAYGROUND_PORT : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port: ${raw}`);
  }
  return port;
}

async function main() {
  let server;
  try {
    server = await startPlaygroundServer({ port: parsePort(process.argv.slice(2), process.env) });
  } catch (error) {
    console.error(`serve-playground: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.log(`Soft Start playground: ${server.url}`);
  console.log(`  chat page:            ${server.url}chat.html`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invokedAs) await main();
