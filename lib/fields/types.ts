/**
 * Field adapters: how Soft Start detects, reads, maps and rewrites one kind of text field.
 * An adapter is a small module in lib/fields/adapters/ registered in lib/fields/registry.ts;
 * adding an editor means adding one adapter there.
 */

/** A field the coach can work with: a textarea/input, or the root of a contenteditable editor. */
export type FieldElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The text of a field as the editor's model sees it, with a way back to the DOM. */
export interface TextSnapshot {
  /** Plain text: blocks joined by one "\n", filler characters removed. */
  readonly text: string;
  /**
   * DOM Range covering [start, end) of `text`, or null when the field has no DOM text
   * (textarea/input) or the offsets no longer map. Built fresh each call; never keep it across edits.
   */
  rangeFor(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM position inside the field, or -1. */
  offsetOf(node: Node, offset: number): number;
}

export type ReplaceMethod = 'execCommand' | 'beforeinput' | 'paste' | 'native-setter' | 'none';

export interface ReplaceResult {
  /** True when re-reading the field shows exactly the expected text. */
  ok: boolean;
  method: ReplaceMethod;
  /** The field's text after the attempt. */
  text: string;
  /** True when the editor's own undo (Ctrl+Z) is expected to revert the change. */
  nativeUndo: boolean;
  /**
   * Why it failed, when ok is false: 'bad-range' (offsets outside the text or not mapping to the DOM),
   * 'multiline' (replacement contains a line break), 'changed' (the words at [start, end) are not
   * the expected ones, or the text changed under us: nothing written), 'not-active' (the field is
   * not the focused element: nothing written, since the browser would write where focus is),
   * 'rejected' (no method had any effect), 'mismatch' (the field ended up with other text;
   * restoring was attempted, see `text`), 'error' (something threw; caught).
   */
  reason?: ReplaceFailure;
}

export type ReplaceFailure =
  | 'bad-range'
  | 'multiline'
  | 'changed'
  | 'not-active'
  | 'rejected'
  | 'mismatch'
  | 'error';

export interface ReplaceOptions {
  /**
   * The exact text the caller believes stands at [start, end). Checked right before writing and
   * again before any fallback method; when it is not there the adapter writes nothing
   * (reason 'changed').
   */
  expected: string;
  /** Selected afterwards, relative to the replacement (e.g. a bracketed placeholder). */
  select?: { start: number; end: number };
}

/** How a rich-text editor takes an edit (lib/fields/replace.ts, in the card bundle). */
export type EditMethod = 'beforeinput' | 'paste' | 'execCommand';

/**
 * How an editor built on contenteditable takes a replace: the methods known to work for it, in
 * order, and whether it keeps its own undo history (Ctrl+Z undoes what it applied from our event).
 */
export interface EditSpec {
  readonly methods: readonly EditMethod[];
  readonly editorUndo: boolean;
}

export interface FieldAdapter {
  /** Stable id: 'textarea', 'input', 'contenteditable', 'lexical', 'slate', 'prosemirror', 'draft', 'quill', 'ckeditor'. */
  readonly id: string;
  /** True when `el` (an editable root, already known to be coachable) is this adapter's kind. */
  detect(el: FieldElement): boolean;
  /** Read the field's text and offset map. */
  read(el: FieldElement): TextSnapshot;
  /**
   * How `replaceText` (lib/fields/replace.ts) writes to this editor: absent for a textarea/input
   * (its value is the model), the methods that work for an editor built on contenteditable. The
   * writing itself loads with the card (it runs only once a person acts), so this is data only.
   */
  readonly edit?: EditSpec;
}
