import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { type KeyboardEvent, type MouseEvent, useEffect, useLayoutEffect, useRef } from 'react';
import { categoryLabel, t } from '../lib/coach/card-strings';
import { CATEGORY_COLOR, type CategoryId } from '../lib/highlight/style';

export interface CardSuggestion {
  label: string;
  /** Text before the change, the removed part, the inserted part and the text after (for the preview). */
  before: string;
  removed: string;
  inserted: string;
  after: string;
}

export type CardAction = 'ignore' | 'pause';

export type CardStatus =
  | { kind: 'idle' }
  /** The text changed before a rewording could be written: the card shows the fresh analysis. */
  | { kind: 'fresh' }
  /** `remaining`: other findings to go to with "Next". */
  | { kind: 'applied'; canUndo: boolean; remaining: number }
  | { kind: 'undone' }
  | { kind: 'undo-failed' }
  /**
   * A rewording was not written. `changed`: the field's text differs from before the attempt
   * (true), is as it was (false), or could not be told (undefined): the card says only what is known.
   */
  | { kind: 'failed'; wording: string; changed: boolean | undefined }
  | { kind: 'copied' }
  /** A one-click action is on its way to storage. */
  | { kind: 'pending'; action: CardAction }
  | { kind: 'done'; action: CardAction; phrase: string; canUndo: boolean }
  | { kind: 'action-failed'; action: CardAction; reason: 'limit' | 'too-long' | 'failed' }
  | { kind: 'action-undone'; action: CardAction; phrase: string }
  | { kind: 'action-undo-failed'; action: CardAction };

export interface ToneCardProps {
  category: string;
  quote: string;
  why: string;
  suggestions: CardSuggestion[];
  /** The message is heated: also offer to pause before sending. */
  heated: boolean;
  status: CardStatus;
  /** Where this finding is among the field's findings (0-based) and how many there are. */
  index: number;
  total: number;
  /** Move focus into the card when it opens (keyboard), or leave it in the field (hover/click). */
  takeFocus: boolean;
  /** Changes each time a card is (re)opened, so a reopened card starts afresh (and takes focus). */
  openId: number;
  /**
   * The area the card must leave in view, in viewport coordinates: the flagged words and the line
   * being typed on. The card goes below it or above it (whichever has room), never over it.
   */
  keepClear(): DOMRect;
  onApply(index: number): void;
  onDismiss(): void;
  onIgnore(): void;
  onPauseSite(): void;
  onUndo(): void;
  onCopy(text: string): void;
  onClose(): void;
  onPrevious(): void;
  onNext(): void;
  onWhy(): void;
  /** Tab past the last control (or Shift+Tab before the first): back to the field. */
  onTabOut(): void;
}

/**
 * Only the person's own clicks and keys count: a page script's synthetic click (untrusted) does
 * nothing, and nor does the second click of a double click (detail 2), which would otherwise land
 * on whatever the first click put under the pointer.
 */
function personal(e: MouseEvent): boolean {
  return e.nativeEvent.isTrusted && e.detail < 2;
}

const FOCUSABLE = 'button:not([disabled]), a[href]';

/** The in-page card: one finding, why it may land hard, and up to three calmer wordings. */
export function ToneCard(props: ToneCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { takeFocus, status } = props;

  useEffect(() => {
    if (!takeFocus) return;
    const card = ref.current;
    const first =
      card?.querySelector<HTMLElement>('button.ss-suggest, .ss-status button, .ss-actions button') ??
      card?.querySelector<HTMLElement>('.ss-close');
    first?.focus({ preventScroll: true });
  }, [takeFocus]);

  // After an applied or undone change focus stays in the field (the controller puts it there), so
  // typing and Ctrl+Z go on where they were; a refused change moves it to "Copy the wording". (A
  // confirmation that replaces a focused card is a fresh card that takes focus: its Undo.)
  useEffect(() => {
    const card = ref.current;
    if (!card) return;
    if (status.kind === 'failed') card.querySelector<HTMLElement>('.ss-status button')?.focus();
  }, [status]);

  // Placement (Floating UI): below the words and the caret's line, or above them when only there is
  // room; shifted into view; never taller than the room there is (it scrolls inside instead).
  const { keepClear } = props;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    el.style.maxHeight = '';
    const reference = { getBoundingClientRect: keepClear };
    computePosition(reference, el, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({
          fallbackPlacements: ['top-start'],
          fallbackStrategy: 'bestFit',
          padding: 8,
          crossAxis: false,
        }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, availableWidth, elements }) {
            elements.floating.style.maxHeight = `${Math.max(72, Math.floor(availableHeight))}px`;
            elements.floating.style.maxWidth = `${Math.max(200, Math.floor(availableWidth))}px`;
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        if (!live) return;
        el.style.left = `${Math.round(x)}px`;
        el.style.top = `${Math.round(y)}px`;
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!e.nativeEvent.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const card = ref.current;
    if (!card) return;
    const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((b) => !b.hidden);
    const active = (card.getRootNode() as ShadowRoot | Document).activeElement;
    const at = active ? items.indexOf(active as HTMLElement) : -1;
    const out = e.shiftKey ? at <= 0 : at === items.length - 1 || at === -1;
    if (out) {
      e.preventDefault();
      e.stopPropagation();
      props.onTabOut();
    }
  };

  const color = CATEGORY_COLOR[props.category as CategoryId] ?? CATEGORY_COLOR.heat;
  const whyId = `ss-card-why-${props.openId}`;
  const statusOnly = status.kind !== 'idle' && status.kind !== 'fresh';

  return (
    <div
      ref={ref}
      className="ss-card"
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel')}
      aria-describedby={statusOnly ? undefined : whyId}
      data-view={statusOnly ? 'status' : 'finding'}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="ss-close"
        aria-label={t('closeCard')}
        onClick={(e) => {
          if (e.nativeEvent.isTrusted) props.onClose();
        }}
      >
        ×
      </button>
      {statusOnly ? (
        <Status status={status} onUndo={props.onUndo} onCopy={props.onCopy} onNext={props.onNext} />
      ) : (
        <>
          <div className="ss-head">
            <h2>
              <span className="ss-cat" style={{ background: color }} aria-hidden="true" />
              {categoryLabel(props.category)}
            </h2>
            {props.total > 1 && (
              <nav
                className="ss-nav"
                aria-label={t('position', { current: props.index + 1, total: props.total })}
              >
                <button
                  type="button"
                  className="ss-prev"
                  aria-label={t('previousLabel')}
                  title={t('previous')}
                  onClick={(e) => {
                    if (e.nativeEvent.isTrusted) props.onPrevious();
                  }}
                >
                  ‹
                </button>
                <span className="ss-pos" aria-hidden="true">
                  {t('position', { current: props.index + 1, total: props.total })}
                </span>
                <button
                  type="button"
                  className="ss-next"
                  aria-label={t('nextLabel')}
                  title={t('next')}
                  onClick={(e) => {
                    if (e.nativeEvent.isTrusted) props.onNext();
                  }}
                >
                  ›
                </button>
              </nav>
            )}
          </div>
          {status.kind === 'fresh' && (
            <p className="ss-status" role="status" data-kind="fresh">
              {t('textChanged')}
            </p>
          )}
          <p className="ss-quote">“{props.quote}”</p>
          <p className="ss-why" id={whyId}>
            {props.why}{' '}
          </p>
          <p className="ss-more">
            <button
              type="button"
              className="ss-why-link"
              aria-label={t('whyLabel')}
              onClick={(e) => {
                if (personal(e)) props.onWhy();
              }}
            >
              {t('why')}
            </button>
          </p>
          {props.suggestions.length > 0 && (
            <ul aria-label={t('suggestionsHeading')}>
              {props.suggestions.map((s, i) => (
                // By place, not by words: a late analysis that rewrites an offer updates its button in
                // place, and the focus on it stays (a new key would remount it and drop the focus).
                // biome-ignore lint/suspicious/noArrayIndexKey: the offers are a list by place, on purpose.
                <li key={i}>
                  <button
                    type="button"
                    className="ss-suggest"
                    aria-label={
                      s.inserted
                        ? t('replaceWith', { old: s.removed || props.quote, new: s.inserted })
                        : t('removeWords', { old: s.removed })
                    }
                    onClick={(e) => {
                      if (personal(e)) props.onApply(i);
                    }}
                  >
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
          {props.heated && <p className="ss-why ss-pause">{t('pauseSuggestion')}</p>}
          <div className="ss-actions">
            <button
              type="button"
              onClick={(e) => {
                if (personal(e)) props.onDismiss();
              }}
            >
              {t('dismiss')}
            </button>
            <button
              type="button"
              className="ss-ignore"
              onClick={(e) => {
                if (personal(e)) props.onIgnore();
              }}
            >
              {t('ignorePhrase')}
            </button>
            <button
              type="button"
              className="ss-pause-site"
              onClick={(e) => {
                if (personal(e)) props.onPauseSite();
              }}
            >
              {t('pauseSite')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function Status({
  status,
  onUndo,
  onCopy,
  onNext,
}: {
  status: CardStatus;
  onUndo(): void;
  onCopy(text: string): void;
  onNext(): void;
}) {
  const undo = (
    <button
      type="button"
      className="ss-undo"
      onClick={(e) => {
        if (personal(e)) onUndo();
      }}
    >
      {t('undo')}
    </button>
  );
  switch (status.kind) {
    case 'applied':
      return (
        <div className="ss-status" role="status" data-kind="applied">
          <p>{t('applied')}</p>
          <div className="ss-status-actions">
            {status.canUndo && undo}
            {status.remaining > 0 && (
              <button
                type="button"
                className="ss-next-finding"
                onClick={(e) => {
                  if (personal(e)) onNext();
                }}
              >
                {t('nextLabel')}
              </button>
            )}
          </div>
        </div>
      );
    case 'failed':
      return (
        <div className="ss-status" role="alert" data-kind="failed">
          <p>
            {status.changed === false
              ? t('notApplied')
              : status.changed === true
                ? t('notAppliedChanged')
                : t('notAppliedUnsure')}
          </p>
          <div className="ss-status-actions">
            <button
              type="button"
              onClick={(e) => {
                if (e.nativeEvent.isTrusted) onCopy(status.wording);
              }}
            >
              {t('copyWording')}
            </button>
          </div>
        </div>
      );
    case 'pending':
      return <div className="ss-status" role="status" data-kind="pending" aria-busy="true" />;
    case 'done':
      return (
        <div className="ss-status" role="status" data-kind="done" data-action={status.action}>
          <p>{status.action === 'ignore' ? t('ignored', { phrase: status.phrase }) : t('pausedHere')}</p>
          {status.canUndo && <div className="ss-status-actions">{undo}</div>}
        </div>
      );
    case 'action-failed':
      return (
        <div className="ss-status" role="alert" data-kind="action-failed" data-reason={status.reason}>
          <p>
            {status.reason === 'limit'
              ? t('actionLimit')
              : status.reason === 'too-long'
                ? t('actionTooLong')
                : t('actionFailed')}
          </p>
        </div>
      );
    case 'action-undone':
      return (
        <div className="ss-status" role="status" data-kind="action-undone">
          <p>
            {status.action === 'ignore' ? t('ignoreUndone', { phrase: status.phrase }) : t('pauseUndone')}
          </p>
        </div>
      );
    case 'action-undo-failed':
      return (
        <div className="ss-status" role="alert" data-kind="action-undo-failed">
          <p>{t('actionUndoFailed')}</p>
        </div>
      );
    case 'undo-failed':
      return (
        <div className="ss-status" role="alert" data-kind="undo-failed">
          <p>{t('undoFailed')}</p>
        </div>
      );
    default:
      return (
        <div className="ss-status" role="status" data-kind={status.kind}>
          <p>{status.kind === 'copied' ? t('copied') : t('undone')}</p>
        </div>
      );
  }
}
