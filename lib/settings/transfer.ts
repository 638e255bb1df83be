/**
 * Export and import of settings as a JSON file. An import is all or nothing: the file is checked
 * (size, JSON, that it is Soft Start settings, not from a newer version, every present value of
 * the right type) before anything changes. Missing fields take their defaults; unknown keys are
 * ignored. Migrations run first, so files exported by older versions still import.
 */
import * as z from 'zod/mini';
import { migrateSettings } from './migrations';
import { CATEGORY_IDS, defaultSettings, isRecord, LIMITS, type Settings, SettingsSchema } from './schema';

export const EXPORT_APP = 'soft-start';
export const EXPORT_KIND = 'settings';

export interface SettingsFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name like soft-start-settings-2025-01-31.json (local date). */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `soft-start-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ImportError =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-settings'
  | 'newer-version'
  | 'invalid'
  | 'too-many';

export type ImportResult =
  | { ok: true; settings: Settings }
  | {
      ok: false;
      error: ImportError;
      /** For 'invalid' and 'too-many': where in the file, e.g. "customPhrases.2.category". */
      path?: string;
      /** For 'too-many': how many entries that list may have. */
      max?: number;
    };

/** The first schema issue as an import error: a list over its limit says so and its limit. */
function failure(issues: ReadonlyArray<z.core.$ZodIssue>): ImportResult {
  const issue = issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  if (issue?.code === 'too_big' && issue.origin === 'array') {
    return { ok: false, error: 'too-many', path, max: Number(issue.maximum) };
  }
  if (issue?.code === 'custom' && path === 'sites.builtIn') {
    return { ok: false, error: 'too-many', path, max: LIMITS.builtInOverrides };
  }
  return { ok: false, error: 'invalid', path };
}

const ImportSchema = z.partial(
  z.extend(SettingsSchema, {
    categories: z.optional(
      z.object(Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.optional(z.boolean())]))),
    ),
    sites: z.optional(
      z.object({
        builtIn: z.optional(SettingsSchema.shape.sites.shape.builtIn),
        custom: z.optional(SettingsSchema.shape.sites.shape.custom),
      }),
    ),
  }),
);

/** Byte length of a string as UTF-8, without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Check a settings file's text. Never throws; nothing is stored here. */
export function parseSettingsFile(input: unknown): ImportResult {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  // Files saved by some editors start with a byte-order mark, which JSON.parse refuses.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > LIMITS.importBytes || utf8Length(text) > LIMITS.importBytes) {
    return { ok: false, error: 'too-large' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(json)) return { ok: false, error: 'not-settings' };

  let payload: unknown;
  if (json.app === EXPORT_APP && json.kind === EXPORT_KIND) payload = json.settings;
  else if ('app' in json || 'kind' in json) return { ok: false, error: 'not-settings' };
  else if ('version' in json || 'sensitivity' in json)
    payload = json; // a bare settings object
  else return { ok: false, error: 'not-settings' };
  if (!isRecord(payload)) return { ok: false, error: 'not-settings' };

  const migrated = migrateSettings(payload);
  if (migrated.newer) return { ok: false, error: 'newer-version' };

  const checked = ImportSchema.safeParse(migrated.data);
  if (!checked.success) return failure(checked.error.issues);
  const d = defaultSettings();
  const v = checked.data;
  const categories = { ...d.categories };
  for (const id of CATEGORY_IDS) categories[id] = v.categories?.[id] ?? d.categories[id];
  const merged: Settings = {
    ...d,
    ...v,
    version: d.version,
    categories,
    sites: { builtIn: v.sites?.builtIn ?? d.sites.builtIn, custom: v.sites?.custom ?? d.sites.custom },
  };
  const final = SettingsSchema.safeParse(merged);
  if (!final.success) return failure(final.error.issues);
  return { ok: true, settings: final.data };
}
