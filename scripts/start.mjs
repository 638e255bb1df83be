// `npm start`: build the extension and the playground, serve the playground on 127.0.0.1, and open
// Chromium with the extension loaded on it. Without a display it builds, serves, and prints what to
// load by hand. The extension built here is the e2e build: the production build never runs on
// loopback addresses, and the playground lives on one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPlaygroundServer } from './serve-playground.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

run('npm', ['run', '--silent', 'build:e2e']);
run('npm', ['run', '--silent', 'build:playground']);

const port = Number(process.env.PLAYGROUND_PORT ?? 4599);
const { url, close } = await startPlaygroundServer({ port });
const extension = path.resolve('.output/chrome-mv3-e2e');

const browserPath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`\nSoft Start is built.
  Playground:           ${url}
  Extension to load:    ${extension}
  (chrome://extensions → Developer mode → Load unpacked → that folder)
  Firefox build:        npm run build:firefox, then about:debugging → Load Temporary Add-on → .output/firefox-mv3/manifest.json
`);

let browser;
if (browserPath && hasDisplay) {
  const profile = mkdtempSync(path.join(tmpdir(), 'softstart-start-'));
  console.log(`Opening ${browserPath} with Soft Start loaded…`);
  browser = spawn(
    browserPath,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--no-default-browser-check',
      url,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => {
    console.log('Browser closed; stopping the playground server.');
    close().then(() => process.exit(0));
  });
} else {
  console.log(
    browserPath
      ? 'No display found, so no browser window was opened. The playground keeps serving; press Ctrl+C to stop.'
      : 'No Chromium/Chrome found (set CHROME_PATH). The playground keeps serving; press Ctrl+C to stop.',
  );
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    browser?.kill();
    close().then(() => process.exit(0));
  });
}
