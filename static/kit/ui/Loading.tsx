// The visible loading state every screen shows while it waits.
export function Loading({ label }: { label: string }) {
  return (
    <div className="tl-row" role="status" aria-live="polite">
      <div className="tl-spinner" aria-hidden="true" />
      <span className="tl-subtle">{label}</span>
    </div>
  );
}
