/**
 * Which fields Soft Start may read at all. Called on focus, so it stays cheap: a few attribute
 * reads, one ancestor walk and one computed style. When in doubt it says no.
 */

/** Input types that hold free text a person writes. Everything else (password, email, number…) is off. */
const TEXT_INPUT_TYPES = new Set(['text', 'search']);

/** `autocomplete` tokens that mark secrets: card data (cc-*), one-time codes, passwords. */
const SECRET_AUTOCOMPLETE = new Set(['one-time-code', 'current-password', 'new-password']);

function secretAutocomplete(value: string): boolean {
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (token.startsWith('cc-') || SECRET_AUTOCOMPLETE.has(token)) return true;
  }
  return false;
}

/**
 * Names and ids that say a field holds a secret: password / passcode / passwd / pwd, pin, otp,
 * one-time / 2fa / mfa / totp codes, cvv / cvc / csc, card numbers, ssn, iban. Words are split on
 * case changes, digits and punctuation ("loginPassword", "user_pin", "card-number", "cvc2"), so
 * "pinned", "spinner", "shopping", "option" or "discard" do not match.
 */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passcode',
  'passphrase',
  'pwd',
  'pass',
  'pin',
  'otp',
  'totp',
  'hotp',
  'mfa',
  '2fa',
  'cvv',
  'cvc',
  'csc',
  'cvn',
  'ssn',
  'iban',
  'secret',
]);
/** Two-word names: "card number", "security code", "one time", "verification code"… */
const SECRET_PAIRS = new Set([
  'card number',
  'card num',
  'card no',
  'cc number',
  'cc num',
  'credit card',
  'security code',
  'verification code',
  'one time',
  'auth code',
  'sms code',
  '2 fa',
]);
const SECRET_JOINED =
  /^(?:password|passcode|passwd|pincode|cardnumber|ccnumber|creditcard|securitycode|onetimecode|otpcode|cvv2|cvc2)$/;

/** The words of a name or id: "loginPassword2" → ["login", "password"], "card-number" → ["card", "number"]. */
export function nameWords(value: string): string[] {
  return value
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
    .filter(Boolean);
}

/** True when a field's name or id marks it as holding a secret (see SECRET_WORDS). */
export function secretName(value: string | null): boolean {
  if (!value) return false;
  const words = nameWords(value);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (SECRET_WORDS.has(w) || SECRET_JOINED.test(w)) return true;
    const next = words[i + 1];
    if (next !== undefined && SECRET_PAIRS.has(`${w} ${next}`)) return true;
  }
  return false;
}

/** A field whose text is drawn masked (`-webkit-text-security: disc` and the like). */
function masked(style: CSSStyleDeclaration | undefined): boolean {
  if (!style) return false;
  const v = style.getPropertyValue('-webkit-text-security') || style.getPropertyValue('text-security');
  return v !== '' && v.trim().toLowerCase() !== 'none';
}

/** Code editors: their text is code, not a message, and their models do not take our edits. */
const CODE_EDITOR = '.cm-editor, .cm-content, .CodeMirror, .monaco-editor, .ace_editor';

/** Opt-out attributes, on the field, any ancestor (across shadow roots and frames), <body> or <html>. */
const OPT_OUT: ReadonlyArray<readonly [string, string]> = [
  ['data-softstart', 'off'],
  ['data-gramm', 'false'],
  ['data-gramm_editor', 'false'],
  ['data-enable-grammarly', 'false'],
];

function optedOut(el: Element): boolean {
  for (const [name, value] of OPT_OUT) {
    const v = el.getAttribute(name);
    if (v !== null && v.trim().toLowerCase() === value) return true;
  }
  return false;
}

/** The parent element, stepping from a shadow root to its host and from a frame's <html> to its <iframe>. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  if (parent && parent.nodeType === 9) {
    try {
      return (parent as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

function isEditingHost(el: HTMLElement): boolean {
  if (!el.isContentEditable) return false;
  const parent = el.parentElement;
  // Inside a shadow root the parent is the root itself: editability does not cross it.
  return !parent?.isContentEditable;
}

function isRendered(el: HTMLElement, style: CSSStyleDeclaration | undefined): boolean {
  if (!el.isConnected) return false;
  if (el.hidden) return false;
  const check = (
    el as HTMLElement & { checkVisibility?: (o?: Record<string, boolean>) => boolean }
  ).checkVisibility?.bind(el);
  if (check && !check({ visibilityProperty: true })) return false;
  if (
    style &&
    (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
  ) {
    return false;
  }
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function kindOk(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'textarea') {
    const t = el as HTMLTextAreaElement;
    return !t.readOnly && !t.disabled && !t.matches(':disabled');
  }
  if (tag === 'input') {
    const i = el as HTMLInputElement;
    // `type` reflects unknown or missing values as "text".
    if (!TEXT_INPUT_TYPES.has(i.type)) return false;
    return !i.readOnly && !i.disabled && !i.matches(':disabled');
  }
  const h = el as HTMLElement;
  if (typeof h.isContentEditable !== 'boolean') return false;
  if (isEditingHost(h)) return true;
  // role="textbox" that is itself editable (some editors put the role on an inner root).
  return el.getAttribute('role') === 'textbox' && h.isContentEditable;
}

/**
 * True only for fields Soft Start may read: textarea, text/search inputs, contenteditable editing
 * hosts and role="textbox" fields that are editable, rendered, not read-only or disabled, not code
 * editors, not secret by `autocomplete`, name or id, not masked by CSS (`-webkit-text-security`),
 * and not opted out by the field, an ancestor or the page. The coach asks again before every read
 * (a field can turn into a password field, or the page opt out, at any time). Never throws.
 */
export function isCoachable(el: Element | null | undefined): boolean {
  try {
    if (el?.nodeType !== 1) return false;
    if (!kindOk(el)) return false;
    if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true')
      return false;
    const ac = el.getAttribute('autocomplete');
    if (ac && secretAutocomplete(ac)) return false;
    if (secretName(el.getAttribute('name')) || secretName(el.id)) return false;
    // One walk up: opt-outs and code editors, across shadow roots and same-origin frames.
    for (let n: Element | null = el; n; n = composedParent(n)) {
      if (optedOut(n)) return false;
      if (n.matches(CODE_EDITOR)) return false;
    }
    // The page's own <html>/<body> (covered by the walk above for attached elements; explicit for safety).
    const doc = el.ownerDocument;
    if (doc.documentElement && optedOut(doc.documentElement)) return false;
    if (doc.body && optedOut(doc.body)) return false;
    const style = doc.defaultView?.getComputedStyle(el);
    if (masked(style)) return false;
    return isRendered(el as HTMLElement, style);
  } catch {
    return false;
  }
}
