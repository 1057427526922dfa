interface NumberFieldProps {
  id: string;
  label: string;
  unit: string;
  value: number;
  error?: string;
  onChange(value: number): void;
}

export function NumberField({ id, label, unit, value, error, onChange }: NumberFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="number-with-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={Number.isFinite(value) ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-unit ${id}-error`}
        />
        <span className="muted" id={`${id}-unit`}>
          {unit}
        </span>
      </span>
      <span id={`${id}-error`} className="error-text" role={error ? 'alert' : undefined}>
        {error}
      </span>
    </div>
  );
}
