// The needed-by date: a native date input that starts no earlier than today (the server's today).
import { formatDay } from '../format';
import { FieldError } from '../FieldError';

interface Props {
  id: string;
  label: string;
  value: string;
  today: string;
  onChange(value: string): void;
  error?: string | undefined;
  /** Something to weigh that does not stop sending (the providing goal ends before this date). */
  warning?: string | null;
}

export function DateField({ id, label, value, today, onChange, error, warning = null }: Props) {
  return (
    <div className="tl-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="tl-input ag-date"
        type="date"
        min={today}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${warning ? ` ${id}-warning` : ''}${error ? ` ${id}-error` : ''}`}
      />
      <span className="tl-small tl-subtle" id={`${id}-hint`}>
        Today ({formatDay(today)}) or later.
      </span>
      {warning && (
        <span className="tl-small ag-date-warning" id={`${id}-warning`} data-testid="date-warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </span>
      )}
      <FieldError id={`${id}-error`} text={error} />
    </div>
  );
}
