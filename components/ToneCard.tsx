import { useEffect, useLayoutEffect, useRef } from 'react';
import { categoryLabel, t } from '../lib/coach/strings';
import { CATEGORY_COLOR, type CategoryId } from '../lib/highlight/style';

export interface CardSuggestion {
  label: string;
  /** Text before the change, the removed part, the inserted part and the text after (for the preview). */
  before: string;
  removed: string;
  inserted: string;
  after: string;
}

export type CardStatus =
  | { kind: 'idle' }
  | { kind: 'applied'; canUndo: boolean }
  | { kind: 'undone' }
  | { kind: 'failed'; wording: string }
  | { kind: 'copied' };

export interface ToneCardProps {
  category: string;
  quote: string;
  why: string;
  suggestions: CardSuggestion[];
  /** The message is heated: also offer to pause before sending. */
  heated: boolean;
  status: CardStatus;
  /** Move focus into the card when it opens (keyboard), or leave it in the field (hover/click). */
  takeFocus: boolean;
  /** Changes each time a card is (re)opened, so a reopened card starts afresh (and takes focus). */
  openId: number;
  left: number;
  top: number;
  /** The flagged words' top and bottom: the card goes below them, or above when it fits only there. */
  anchorTop?: number;
  anchorBottom?: number;
  onApply(index: number): void;
  onDismiss(): void;
  onIgnore(): void;
  onPauseSite(): void;
  onUndo(): void;
  onCopy(text: string): void;
  onClose(): void;
}

/** The in-page card: one finding, why it may land hard, and up to three calmer wordings. */
export function ToneCard(props: ToneCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { takeFocus, status } = props;

  useEffect(() => {
    if (!takeFocus) return;
    const first = ref.current?.querySelector<HTMLButtonElement>('button.ss-suggest, .ss-actions button');
    first?.focus();
  }, [takeFocus]);

  // After an applied or undone change focus stays in the field (the controller puts it there), so
  // typing and Ctrl+Z go on where they were; only a refused change moves it, to "Copy the wording".
  useEffect(() => {
    if (status.kind === 'failed') ref.current?.querySelector<HTMLElement>('.ss-status button')?.focus();
  }, [status]);

  // Place the card by its real height: below the words if it fits, else above them, else on the
  // roomier side; never past the viewport (a small iframe), where it scrolls inside instead.
  const { anchorTop, anchorBottom } = props;
  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return;
    const vh = view.innerHeight;
    const h = el.offsetHeight;
    let top = props.top;
    if (anchorTop !== undefined && anchorBottom !== undefined) {
      const below = anchorBottom + 8;
      const above = anchorTop - 8 - h;
      if (below + h <= vh - 8) top = below;
      else if (above >= 8) top = above;
      else top = vh - anchorBottom > anchorTop ? below : above;
    }
    el.style.top = `${Math.max(8, Math.min(top, vh - h - 8))}px`;
  });

  const color = CATEGORY_COLOR[props.category as CategoryId] ?? CATEGORY_COLOR.heat;
  const titleId = 'ss-card-title';
  const whyId = 'ss-card-why';

  return (
    <div
      ref={ref}
      className="ss-card"
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel')}
      aria-describedby={whyId}
      style={{ left: props.left, top: props.top, maxHeight: 'calc(100vh - 16px)', overflowY: 'auto' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <button type="button" className="ss-close" aria-label={t('closeCard')} onClick={props.onClose}>
        ×
      </button>
      <h2 id={titleId}>
        <span className="ss-cat" style={{ background: color }} aria-hidden="true" />
        {categoryLabel(props.category)}
      </h2>
      <p className="ss-quote">“{props.quote}”</p>
      <p className="ss-why" id={whyId}>
        {props.why}
      </p>
      {status.kind !== 'idle' && <Status status={status} onUndo={props.onUndo} onCopy={props.onCopy} />}
      {status.kind === 'idle' && props.suggestions.length > 0 && (
        <ul aria-label={t('suggestionsHeading')}>
          {props.suggestions.map((s, i) => (
            <li key={`${s.removed}→${s.inserted}`}>
              <button type="button" className="ss-suggest" onClick={() => props.onApply(i)}>
                {s.label && <span className="ss-label">{s.label}</span>}
                <span>
                  {s.before}
                  {s.removed && <del>{s.removed}</del>}
                  {s.inserted && <ins>{s.inserted}</ins>}
                  {s.after}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.heated && status.kind === 'idle' && <p className="ss-why">{t('pauseSuggestion')}</p>}
      <div className="ss-actions">
        <button type="button" onClick={props.onDismiss}>
          {t('dismiss')}
        </button>
        <button type="button" onClick={props.onIgnore}>
          {t('ignorePhrase')}
        </button>
        <button type="button" onClick={props.onPauseSite}>
          {t('pauseSite')}
        </button>
      </div>
    </div>
  );
}

function Status({
  status,
  onUndo,
  onCopy,
}: {
  status: CardStatus;
  onUndo(): void;
  onCopy(text: string): void;
}) {
  if (status.kind === 'applied')
    return (
      <div className="ss-status" role="status" data-kind="applied">
        {t('applied')}{' '}
        {status.canUndo && (
          <button type="button" className="ss-undo" onClick={onUndo}>
            {t('undo')}
          </button>
        )}
      </div>
    );
  if (status.kind === 'failed')
    return (
      <div className="ss-status" role="alert" data-kind="failed">
        {t('notApplied')}{' '}
        <button type="button" onClick={() => onCopy(status.wording)}>
          {t('copyWording')}
        </button>
      </div>
    );
  return (
    <div className="ss-status" role="status" data-kind={status.kind}>
      {status.kind === 'copied' ? t('copied') : t('undone')}
    </div>
  );
}
