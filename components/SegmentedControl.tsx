import { useId } from 'react';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

export interface SegmentedControlProps<T extends string> {
  legend: string;
  /** Hide the legend visually (still read by screen readers). */
  hideLegend?: boolean;
  value: T;
  options: readonly SegmentOption<T>[];
  onChange: (value: T) => void;
  name?: string;
  testId?: string;
  /** Show the selected option's description under the control. */
  showDescription?: boolean;
}

/**
 * One choice out of a few, as native radio buttons styled as a segmented control: arrow keys
 * move the choice, Tab leaves the group, screen readers announce "radio, 2 of 3".
 */
export function SegmentedControl<T extends string>({
  legend,
  hideLegend,
  value,
  options,
  onChange,
  name,
  testId,
  showDescription,
}: SegmentedControlProps<T>) {
  const auto = useId();
  const group = name ?? auto;
  const selected = options.find((o) => o.value === value);
  return (
    <fieldset className="segmented" data-testid={testId}>
      <legend className={hideLegend ? 'visually-hidden' : 'segmented-legend'}>{legend}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className="segment" data-checked={option.value === value}>
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {showDescription && selected?.description ? (
        <p className="segmented-description" aria-live="polite">
          {selected.description}
        </p>
      ) : null}
    </fieldset>
  );
}
