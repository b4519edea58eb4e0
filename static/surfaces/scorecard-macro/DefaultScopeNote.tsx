// For the page's editor only (edit mode): a macro with no saved config shows every strategy goal; Configure
// chooses one goal or another level. Readers never see it: for them the scorecard is simply the strategy's.
export function DefaultScopeNote() {
  return (
    <p className="tl-small sm-default-note tl-noprint" data-testid="scorecard-default-note">
      <strong>Showing all strategy goals.</strong> Select <strong>Configure</strong> on this macro to choose one goal or another level.
    </p>
  );
}
