// A text area of an agreement (the ask, terms, a reason, a commitment) with its character counter and the reason
// it is refused beside it. The counter turns into a warning past the limit; the limit is also said in words.
import { forwardRef } from 'react';
import { AGREEMENT_TEXT_MAX, counterWords } from './agreement-forms';
import { FieldError } from '../FieldError';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  rows?: number;
}

export const TextField = forwardRef<HTMLTextAreaElement, Props>(function TextField({ id, label, hint, value, onChange, error, rows = 3 }, ref) {
  const over = value.trim().length > AGREEMENT_TEXT_MAX;
  const described = [hint ? `${id}-hint` : '', `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="tl-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="tl-small tl-subtle" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <textarea
        ref={ref}
        id={id}
        className="tl-textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      <span id={`${id}-count`} className={`tl-small ${over ? 'tl-field-error' : 'tl-subtle'}`} aria-live="polite" data-testid={`${id}-count`}>
        {counterWords(value)}
      </span>
      <FieldError id={`${id}-error`} text={error} />
    </div>
  );
});
