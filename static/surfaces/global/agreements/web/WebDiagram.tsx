// The agreement web as one SVG picture: goals as boxes (a column per level of the branch), faint lines to their
// parents, and support agreements as arrows from the goal that relies to the goal relied on, each labelled with
// its state in words. Drawn at its natural size (never scaled below 12 px text), coloured with design tokens so
// it reads in light and dark; line styles differ too (dashed open, solid agreed, bold at risk, dotted closed).
import type { AgreementWebView } from '../../../../../src/shared/api/agreements';
import { LEVEL_LABEL } from '../../../../../src/shared/levels';
import { openGoal } from '../../workspace-nav';
import { WEB, webLayout, type EdgeStyle } from './web-layout';
import { sideScrollHint } from '../../../../kit/ui/side-scroll';
import { useSideScroll } from '../../../../kit/ui/useSideScroll';

const STYLES: EdgeStyle[] = ['open', 'agreed', 'at-risk', 'done', 'closed', 'broken'];
/** A picture this tall (px) hides its scrollbar, at its foot, from whoever reads its top. */
const TALL = 600;

export function WebDiagram({ view, label }: { view: AgreementWebView; label: string }) {
  const layout = webLayout(view);
  const { nodeW, nodeH, labelH } = WEB;
  const { ref, moreLeft, moreRight } = useSideScroll<HTMLDivElement>();
  const hint = sideScrollHint({ moreLeft, moreRight });
  return (
    <div className="aw-frame">
      <p className="aw-scroll-hint tl-small" data-testid="agreement-web-scroll-hint" aria-live="polite">
        {hint ?? ''}
      </p>
      <div
        ref={ref}
        className={`aw-scroll${moreLeft ? ' aw-scroll--more-left' : ''}${moreRight ? ' aw-scroll--more-right' : ''}`}
        tabIndex={0}
        aria-label="The agreement web (scrolls sideways when wide)"
      >
        <svg
          className="aw-svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={label}
          data-testid="agreement-web"
        >
          <title>{label}</title>
          <defs>
            {STYLES.map((s) => (
              <marker
                key={s}
                id={`aw-arrow-${s}`}
                className={`aw-head aw-head--${s}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="8"
                markerHeight="8"
                orient="auto-start-reverse"
              >
                <path d="M0 0 L10 5 L0 10 z" />
              </marker>
            ))}
          </defs>
          {layout.outsideTop !== null && (
            <g className="aw-outside" aria-hidden="true">
              <line x1={WEB.pad / 2} x2={layout.width - WEB.pad / 2} y1={layout.outsideTop} y2={layout.outsideTop} />
              <text x={WEB.pad} y={layout.outsideTop + 18}>
                Goals of other branches that these agreements reach
              </text>
            </g>
          )}
          <g className="aw-links" aria-hidden="true">
            {layout.links.map((d, i) => (
              <path key={i} d={d} />
            ))}
          </g>
          {layout.nodes.map(({ node, x, y, lines }) => (
            <g
              key={node.id}
              className={`aw-node aw-node--${node.level}${node.id === view.root.id ? ' aw-node--root' : ''}${node.outside ? ' aw-node--outside' : ''}`}
              transform={`translate(${x} ${y})`}
              role="link"
              tabIndex={0}
              aria-label={`${node.title}, ${LEVEL_LABEL[node.level]} goal${node.outside ? ' of another branch' : ''}: open its page`}
              data-testid="web-node"
              data-goal={node.id}
              onClick={() => openGoal(node.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  openGoal(node.id);
                }
              }}
            >
              <title>{node.title}</title>
              <rect width={nodeW} height={nodeH} rx={6} />
              <text className="aw-level" x={10} y={18}>
                {LEVEL_LABEL[node.level]}
                {node.status !== 'active' ? ` · ${node.status}` : ''}
                {node.outside ? ' · other branch' : ''}
              </text>
              {lines.map((line, i) => (
                <text key={i} className="aw-title" x={10} y={38 + i * 18}>
                  {line}
                </text>
              ))}
            </g>
          ))}
          <g className="aw-edges">
            {layout.edges.map(({ edge, path, style }) => (
              <path
                key={edge.id}
                d={path}
                className={`aw-edge aw-edge--${style}`}
                markerEnd={`url(#aw-arrow-${style})`}
                data-testid="web-edge"
                data-state={edge.state}
              >
                <title>{edge.risks.length > 0 ? `${edge.summary} At risk: ${edge.risks.join(' ')}` : edge.summary}</title>
              </path>
            ))}
          </g>
          <g className="aw-labels">
            {layout.edges.map(({ edge, style, label: l }) => (
              <g key={edge.id} className={`aw-label aw-label--${style}`} transform={`translate(${l.x} ${l.y})`}>
                <title>{edge.risks.length > 0 ? `${edge.summary} At risk: ${edge.risks.join(' ')}` : edge.summary}</title>
                <rect width={l.w} height={labelH} rx={3} />
                <text x={l.w / 2} y={14} textAnchor="middle">
                  {l.text}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      {/* Again under a picture taller than the window, where its scrollbar is (said once to screen readers). */}
      {hint && layout.height > TALL && (
        <p className="aw-scroll-hint aw-scroll-hint--below tl-small" aria-hidden="true">
          {hint}
        </p>
      )}
    </div>
  );
}

/** What each line means, drawn as it is drawn in the picture and said in words. */
export function WebLegend() {
  const items: [EdgeStyle, string][] = [
    ['open', 'Asked, waiting for an answer'],
    ['agreed', 'Agreed'],
    ['at-risk', 'Agreed, at risk'],
    ['done', 'Fulfilled'],
    ['closed', 'Declined or withdrawn'],
    ['broken', 'Broken'],
  ];
  return (
    <ul className="aw-legend tl-small" aria-label="What the arrows mean">
      <li>Arrows point from the goal that relies on another to the goal it relies on.</li>
      {items.map(([s, words]) => (
        <li key={s}>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" className={`aw-edge aw-edge--${s}`} />
          </svg>
          {words}
        </li>
      ))}
    </ul>
  );
}
