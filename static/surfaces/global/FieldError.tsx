// The reason a field is not accepted, beside the field, with an icon so it does not rely on colour.
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <span className="tl-field-error" id={id} data-testid={id}>
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}
