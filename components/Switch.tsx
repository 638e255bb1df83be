import { useId } from 'react';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label. */
  label: string;
  /** One line under the label, read as the switch's description. */
  description?: string;
  disabled?: boolean;
  /** For tests and the page's own anchors. */
  id?: string;
  testId?: string;
}

/** An accessible on/off switch: a button with role="switch", Space/Enter toggle it. */
export function Switch({ checked, onChange, label, description, disabled, id, testId }: SwitchProps) {
  const auto = useId();
  const base = id ?? auto;
  return (
    <div className="switch-row">
      <div className="switch-text">
        <span className="switch-label" id={`${base}-label`}>
          {label}
        </span>
        {description ? (
          <span className="switch-description" id={`${base}-desc`}>
            {description}
          </span>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        id={base}
        className="switch"
        aria-checked={checked}
        aria-labelledby={`${base}-label`}
        aria-describedby={description ? `${base}-desc` : undefined}
        disabled={disabled}
        data-testid={testId}
        onClick={() => onChange(!checked)}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
