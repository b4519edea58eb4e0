// The outcome of the last action (saved, archived, could not restore…), announced politely and dismissible.
export interface NoticeText {
  tone: 'success' | 'info' | 'error';
  text: string;
}

const ICON: Record<NoticeText['tone'], string> = { success: '✓', info: 'ℹ', error: '⚠' };

export function Notice({ notice, onDismiss }: { notice: NoticeText; onDismiss(): void }) {
  return (
    <div className={`sc-notice sc-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span aria-hidden="true">{ICON[notice.tone]}</span>
      <span className="sc-notice-text">{notice.text}</span>
      <button type="button" className="tl-button sc-button--subtle sc-button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
