// The form behind "Say something about this goal": what kind of input, the text with a counter, an anonymous tick,
// and before sending, who will read it. The server decides again who may send what; this only says it first.
import { useId, type FormEvent } from 'react';
import { inputCalls, type InputSent } from '../../../src/shared/api/input';
import type { ChainLinkView } from '../../../src/shared/api/panel';
import { INPUT_KIND_LABEL, INPUT_KINDS, INPUT_TEXT_MAX, type InputKind } from '../../../src/shared/model/input';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { counterWords, readersSentence, sendHint } from '../../kit/ui/input-words';

type ChainGoal = Extract<ChainLinkView, { kind: 'goal' }>;

/** What the form holds: kept by the line that opens it, so Cancel and opening it again lose nothing. */
export interface InputDraft {
  kind: InputKind | null;
  text: string;
  anonymous: boolean;
}
export const EMPTY_DRAFT: InputDraft = { kind: null, text: '', anonymous: false };

interface Props {
  issueKey: string;
  goal: ChainGoal;
  draft: InputDraft;
  onDraft(draft: InputDraft): void;
  onSent(sent: InputSent): void;
  onCancel(): void;
}

export function InputForm({ issueKey, goal, draft, onDraft, onSent, onCancel }: Props) {
  const id = useId();
  const { kind, text, anonymous } = draft;
  const setKind = (k: InputKind) => onDraft({ ...draft, kind: k });
  const setText = (t: string) => onDraft({ ...draft, text: t });
  const setAnonymous = (a: boolean) => onDraft({ ...draft, anonymous: a });
  const { run, pending, error } = useMutation(inputCalls.add);
  const counter = counterWords(text);
  const readers = readersSentence({ goalTitle: goal.title, leader: goal.leader, manager: goal.manager }, anonymous);
  const hint = pending ? null : sendHint(kind !== null, text);
  const ready = hint === null && !pending;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    const out = await run({ issue: issueKey, goalId: goal.id, kind, text, anonymous });
    if (out) onSent(out);
  };
  return (
    <form className="tl-input-form tl-stack" onSubmit={(e) => void submit(e)} aria-label={`Say something about ${goal.title}`} data-testid="input-form">
      <fieldset className="tl-input-kinds">
        <legend>What would you like to say about {goal.title}?</legend>
        {INPUT_KINDS.map((k) => (
          <label key={k} className="tl-input-kind">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {INPUT_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <div className="tl-field">
        <label htmlFor={`${id}-text`}>Your input</label>
        <textarea
          id={`${id}-text`}
          className="tl-textarea"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-counter`}
          data-testid="input-text"
        />
        <span id={`${id}-counter`} className={`tl-small ${counter.over ? 'tl-input-over' : 'tl-subtle'}`} aria-live="polite">
          {counter.words} characters{counter.over ? ` — ${INPUT_TEXT_MAX.toLocaleString('en-GB')} at most` : ''}
        </span>
      </div>
      <label className="tl-input-anonymous">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="input-anonymous" />
        Show my name only to the goal’s leader and manager
      </label>
      <p className="tl-small tl-input-readers" data-testid="input-readers">
        {readers.who} {readers.others}
      </p>
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={!ready} aria-describedby={hint ? `${id}-hint` : undefined}>
          {pending ? 'Sending…' : 'Send'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
      <p id={`${id}-hint`} className="tl-small tl-subtle" aria-live="polite" data-testid="input-send-hint">
        {hint ?? ''}
      </p>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
