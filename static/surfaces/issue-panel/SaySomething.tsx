// Under each goal of the chain: one line that opens the form to say something about the goal, and once sent, who
// will read it. Archived goals take no input. In the stages that ask the work for input (Develop the vision,
// Refine), the line becomes an invitation that says so, with a primary button.
import { useContext, useState } from 'react';
import type { InputSent } from '../../../src/shared/api/input';
import type { ChainLinkView } from '../../../src/shared/api/panel';
import { invitesInput, STAGE_INVITATION } from '../../../src/shared/cycle';
import { readersSentence } from '../../kit/ui/input-words';
import { EMPTY_DRAFT, InputForm, type InputDraft } from './InputForm';
import { PanelInputContext } from './panel-input';
import './input.css';

type ChainGoal = Extract<ChainLinkView, { kind: 'goal' }>;

export function SaySomething({ goal }: { goal: ChainGoal }) {
  const ctx = useContext(PanelInputContext);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<InputSent | null>(null);
  // What was written stays when the form is closed unsent, until it is sent.
  const [draft, setDraft] = useState<InputDraft>(EMPTY_DRAFT);
  if (!ctx || goal.status === 'archived') return null;
  if (open) {
    return (
      <InputForm
        issueKey={ctx.issueKey}
        goal={goal}
        draft={draft}
        onDraft={setDraft}
        onCancel={() => setOpen(false)}
        onSent={(s) => {
          setOpen(false);
          setSent(s);
          setDraft(EMPTY_DRAFT);
          ctx.onSent(s);
        }}
      />
    );
  }
  const words = sent ? readersSentence(sent.readers, sent.input.anonymous) : null;
  const invitation = !sent && invitesInput(goal.stage) && goal.stage ? STAGE_INVITATION[goal.stage] : undefined;
  return (
    <div className={`tl-input-line tl-noprint${invitation ? ' tl-input-invite' : ''}`} data-testid={invitation ? 'input-invitation' : undefined}>
      {invitation && <p className="tl-input-invite-text">{invitation}</p>}
      {words && (
        <div className="tl-input-sent" role="status" data-testid="input-confirmation">
          <p>
            <span aria-hidden="true">✓ </span>Sent. {words.who}
          </p>
          <p className="tl-small tl-subtle">{words.others} You will find the answer here.</p>
        </div>
      )}
      <button
        type="button"
        className={invitation ? 'tl-button tl-button--primary tl-input-open' : 'tl-goal-link tl-input-open'}
        onClick={() => setOpen(true)}
        data-testid="say-something"
        aria-label={draft.text.trim() !== '' ? `Go on with what you were writing about ${goal.title}` : `Say something about ${goal.title}`}
      >
        {draft.text.trim() !== '' ? 'Go on with what you were writing' : sent ? 'Say something more about this goal' : 'Say something about this goal'}
      </button>
    </div>
  );
}
