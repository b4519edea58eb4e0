// The project's leadership level: functional team, process or project, each explained in one line of the method.
import type { ProjectLevel } from '../../../src/shared/model/project-alignment';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { PROJECT_LEVELS } from './goals';

export const LEVEL_HINT: Record<ProjectLevel, string> = {
  functional: 'a standing team that owns an area for good, such as Product or Sales',
  process: 'an ongoing function that never ends, such as support triage or releases',
  project: 'finite targets with an end date',
};

export function LevelField({ value, onChange, error }: { value: ProjectLevel; onChange: (level: ProjectLevel) => void; error?: string }) {
  return (
    <fieldset className="ps-fieldset" aria-describedby={error ? 'ps-level-error' : undefined}>
      <legend>Level</legend>
      <div className="ps-levels">
        {PROJECT_LEVELS.map((level) => (
          <label key={level} className={`ps-level${value === level ? ' ps-level--chosen' : ''}`}>
            <input type="radio" name="ps-level" value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>
              <strong>{LEVEL_LABEL[level]}</strong>
              <span className="tl-small tl-subtle ps-level-hint">{LEVEL_HINT[level]}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id="ps-level-error" className="tl-field-error" data-testid="error-level">
          ✕ {error}
        </p>
      )}
    </fieldset>
  );
}
