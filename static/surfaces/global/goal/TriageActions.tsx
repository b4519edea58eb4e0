// What the goal's leader or manager does with a piece of input: answer it, take it into the next check-in, or say
// "Not now" with a reason. Input a check-in already took stays as it is.
import { useId, useState, type FormEvent } from 'react';
import { inputCalls } from '../../../../src/shared/api/input';
import type { InputView } from '../../../../src/shared/api/input-view';
import { INPUT_REPLY_MAX } from '../../../../src/shared/model/input';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { counterWords } from '../../../kit/ui/input-words';

type Writing = 'answer' | 'not-now' | null;

export function TriageActions({ input, onDone }: { input: InputView; onDone(text: string): void }) {
  const id = useId();
  const [writing, setWriting] = useState<Writing>(null);
  const [text, setText] = useState(input.triage.state === 'answered' ? input.triage.answer : '');
  const { run, pending, error } = useMutation(inputCalls.triage);
  if (input.triage.state === 'taken' && input.triage.checkInId) return null;
  const send = async (decision: { kind: 'answer'; text: string } | { kind: 'take' } | { kind: 'not-now'; reason: string }, words: string) => {
    const out = await run({ inputId: input.id, expectedVersion: input.version, decision });
    if (out) onDone(words);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (writing === 'answer') void send({ kind: 'answer', text }, 'Answer sent: its author sees it on the issue panel and here.');
    if (writing === 'not-now') void send({ kind: 'not-now', reason: text }, 'Marked “Not now”; its author sees your reason.');
  };
  const counter = counterWords(text, INPUT_REPLY_MAX);
  if (writing) {
    return (
      <form className="tl-stack gi-triage-form" onSubmit={submit} aria-label={writing === 'answer' ? 'Answer this input' : 'Not now, with a reason'}>
        <div className="tl-field">
          <label htmlFor={`${id}-text`}>{writing === 'answer' ? 'Your answer (its author reads it)' : 'Why not now (its author reads it)'}</label>
          <textarea id={`${id}-text`} className="tl-textarea" rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="triage-text" />
          <span className={`tl-small ${counter.over ? 'gi-over' : 'tl-subtle'}`}>{counter.words} characters</span>
        </div>
        <div className="tl-row">
          <button type="submit" className="tl-button tl-button--primary" disabled={pending || text.trim() === '' || counter.over}>
            {pending ? 'Saving…' : writing === 'answer' ? 'Send answer' : 'Say not now'}
          </button>
          <button type="button" className="tl-button" onClick={() => setWriting(null)} disabled={pending}>
            Cancel
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
    );
  }
  return (
    <div className="tl-row">
      <button type="button" className="tl-button kp-small" onClick={() => setWriting('answer')}>
        {input.triage.state === 'answered' ? 'Change the answer' : 'Answer'}
      </button>
      {!(input.triage.state === 'taken') && (
        <button type="button" className="tl-button kp-small" onClick={() => void send({ kind: 'take' }, 'It waits for the next check-in.')} disabled={pending}>
          Take into the next check-in
        </button>
      )}
      {input.triage.state !== 'not-now' && (
        <button
          type="button"
          className="tl-button kp-small"
          onClick={() => {
            setText('');
            setWriting('not-now');
          }}
        >
          Not now
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
