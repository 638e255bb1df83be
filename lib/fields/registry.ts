/**
 * Every field adapter, most specific first. The first whose `detect` accepts a field handles it;
 * plain contenteditable is the catch-all. Adding an editor = one file in ./adapters + one line here.
 */
import { ckeditorAdapter } from './adapters/ckeditor';
import { contenteditableAdapter } from './adapters/contenteditable';
import { draftAdapter } from './adapters/draft';
import { lexicalAdapter } from './adapters/lexical';
import { prosemirrorAdapter } from './adapters/prosemirror';
import { quillAdapter } from './adapters/quill';
import { slateAdapter } from './adapters/slate';
import { inputAdapter, textareaAdapter } from './adapters/textarea';
import type { FieldAdapter } from './types';

export const ADAPTERS: readonly FieldAdapter[] = [
  textareaAdapter,
  inputAdapter,
  lexicalAdapter,
  slateAdapter,
  prosemirrorAdapter,
  draftAdapter,
  quillAdapter,
  ckeditorAdapter,
  contenteditableAdapter,
];

export const FALLBACK_ADAPTER: FieldAdapter = contenteditableAdapter;
