// One piece of input on the goal page: what kind, who wrote it (or "Anonymous"), when, from which issue (a link when
// the reader may browse it), the text as text, what became of it, and for the goal's leader and manager the triage
// actions and the history.
import { useState } from 'react';
import type { InputView } from '../../../../src/shared/api/input-view';
import { INPUT_KIND_LABEL } from '../../../../src/shared/model/input';
import { openIssue } from '../../../kit/api/open-goal';
import { formatDay } from '../../../kit/ui/dates';
import { replyOf, stateSentence } from '../../../kit/ui/input-words';
import { Lozenge } from '../../../kit/ui/Lozenge';
import { InputHistory } from './InputHistory';
import { TriageActions } from './TriageActions';
import '../../../kit/ui/goal-link.css';

const STATE_TONE = { open: 'warning', answered: 'success', taken: 'success', 'not-now': 'neutral' } as const;
const STATE_WORD = { open: 'Open', answered: 'Answered', taken: 'Taken', 'not-now': 'Not now' } as const;

function Author({ input }: { input: InputView }) {
  if (!input.author) return <span data-testid="input-author">Anonymous</span>;
  return (
    <span data-testid="input-author">
      {input.mine ? 'You' : input.author.displayName}
      {input.anonymous && <span className="tl-subtle"> (name shown only to the goal’s leader and manager)</span>}
    </span>
  );
}

export function InputItem({ input, canTriage, onChanged }: { input: InputView; canTriage: boolean; onChanged(text: string): void }) {
  const [history, setHistory] = useState(false);
  const reply = replyOf(input.triage);
  return (
    <li className="gi-item" data-testid="goal-input-item" data-input={input.id} data-state={input.triage.state}>
      <div className="tl-row tl-small">
        <Lozenge tone={STATE_TONE[input.triage.state]}>{STATE_WORD[input.triage.state]}</Lozenge>
        <strong>{INPUT_KIND_LABEL[input.kind]}</strong>
        <span className="tl-subtle">·</span>
        <Author input={input} />
        <span className="tl-subtle">· {formatDay(input.createdAt.slice(0, 10))} ·</span>
        {input.issue ? (
          <button type="button" className="tl-goal-link" onClick={() => openIssue(input.issue!.key)} data-testid="input-issue" title="Open the issue">
            {input.issue.key}
          </button>
        ) : (
          <span className="tl-subtle">from an issue you cannot open</span>
        )}
      </div>
      <p className="gi-text">{input.text}</p>
      <p className="tl-small gi-state">{stateSentence(input.triage)}</p>
      {reply && (
        <blockquote className="gi-reply" data-testid="input-reply">
          {reply}
        </blockquote>
      )}
      <div className="tl-row tl-noprint">
        {canTriage && <TriageActions input={input} onDone={onChanged} />}
        <button type="button" className="tl-goal-link gi-history-toggle" aria-expanded={history} onClick={() => setHistory(!history)}>
          {history ? 'Hide history' : 'History'}
        </button>
      </div>
      {history && <InputHistory inputId={input.id} />}
    </li>
  );
}
