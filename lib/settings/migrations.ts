/**
 * Migrations: each step takes the layout of version N to version N + 1. `migrateSettings` runs
 * every step from the stored version up to SETTINGS_VERSION; `parseSettings` then reads the
 * result defensively. Steps never throw and never need the input to be valid: they rename and
 * reshape what they recognise and leave the rest for the parser to keep or default.
 *
 * Version 0 is "no `version` field": a hand-written file, or the flat layout the first sketches
 * of Soft Start used ({ enabled, sensitivity: 0–2 or low/medium/high, disabledSites: [id],
 * categories: [id], customSites: [host] }). Version 1 is the first versioned layout (schema.ts).
 *
 * To change the layout: bump SETTINGS_VERSION, add a step here under the old number, and add a
 * test in tests/unit/settings/migrations.test.ts with a stored value of the old layout.
 */
import { CATEGORY_IDS, isRecord, SETTINGS_VERSION } from './model';
import { normalizeSite } from './site-pattern';

type Raw = Record<string, unknown>;
type Step = (input: Raw) => Raw;

const LEGACY_SENSITIVITY: Record<string, string> = {
  '0': 'gentle',
  '1': 'balanced',
  '2': 'strict',
  low: 'gentle',
  medium: 'balanced',
  high: 'strict',
};

/** 0 → 1: the flat, unversioned layout to the versioned one. */
function v0ToV1(input: Raw): Raw {
  const out: Raw = { ...input };

  const sens = input.sensitivity;
  if (typeof sens === 'number' || typeof sens === 'string') {
    const mapped = LEGACY_SENSITIVITY[String(sens).toLowerCase()];
    if (mapped) out.sensitivity = mapped;
  }

  if (input.enabled === false && !('pausedUntil' in input)) out.pausedUntil = 'forever';
  delete out.enabled;

  // categories: ['blame', 'heat'] (the enabled ones) → { blame: true, absolutes: false, … }
  if (Array.isArray(input.categories)) {
    const on = new Set(input.categories.filter((c): c is string => typeof c === 'string'));
    out.categories = Object.fromEntries(CATEGORY_IDS.map((id) => [id, on.has(id)]));
  }

  const sites: Raw = isRecord(input.sites) ? { ...input.sites } : {};
  if (Array.isArray(input.disabledSites)) {
    const builtIn: Raw = isRecord(sites.builtIn) ? { ...sites.builtIn } : {};
    for (const id of input.disabledSites.slice(0, 200)) if (typeof id === 'string') builtIn[id] = false;
    sites.builtIn = builtIn;
  }
  const legacyCustom = Array.isArray(input.customSites)
    ? input.customSites
    : Array.isArray(input.sites)
      ? input.sites
      : null;
  if (legacyCustom) {
    sites.custom = legacyCustom
      .slice(0, 400)
      .map((s) => normalizeSite(s))
      .flatMap((r) => (r.ok ? [r.origin] : []));
  }
  out.sites = sites;
  delete out.disabledSites;
  delete out.customSites;

  out.version = 1;
  return out;
}

/** MIGRATIONS[n] takes version n to n + 1. */
const MIGRATIONS: Readonly<Record<number, Step>> = {
  0: v0ToV1,
};

export interface MigrationResult {
  /** The value in the current layout (still unvalidated: pass it to parseSettings). */
  data: unknown;
  /** The version the value was stored with (0 for unversioned). */
  from: number;
  /** True when the value comes from a newer Soft Start than this one. */
  newer: boolean;
}

/** The stored version of a value: a non-negative integer, or 0 when missing or nonsense. */
export function versionOf(value: unknown): number {
  if (!isRecord(value)) return 0;
  const v = value.version;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
}

/** Bring a stored value up to SETTINGS_VERSION. Never throws. */
export function migrateSettings(value: unknown): MigrationResult {
  try {
    return migrate(value);
  } catch {
    return { data: undefined, from: 0, newer: false };
  }
}

function migrate(value: unknown): MigrationResult {
  if (!isRecord(value)) return { data: value, from: 0, newer: false };
  const from = versionOf(value);
  // A newer layout: keep it as it is; the defensive parser keeps the fields it still understands.
  if (from > SETTINGS_VERSION) return { data: value, from, newer: true };
  let data: Raw = value;
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    try {
      data = step(data);
    } catch {
      // A step that trips over a hostile value: let the parser default what it cannot read.
      break;
    }
  }
  return { data, from, newer: false };
}
