/**
 * Draws the laid-out statechart (layout.ts) as SVG: boxes, regions, arrows
 * and their words. The small components are the parts of one drawing.
 */
import type { KeyboardEvent } from 'react';
import {
  metrics as m,
  type ChartLayout,
  type EdgePath,
  type NodeBox,
  type TextLine,
} from './layout.ts';
import { mapText } from './chart-words.ts';

export type StateStatus = 'current' | 'active' | 'visited' | null;

const colors = {
  ink: '#18212d',
  muted: '#4a5565',
  line: '#5b6573',
  region: '#f3f5f8',
  regionLine: '#9aa3ae',
  phase: '#e3ecf7',
  decision: '#fff8e6',
  dev: '#6b4100',
};

/**
 * The laid-out statechart as SVG. Drawn with presentation attributes so the
 * same markup reads as a standalone file (`npm run chart`); the app's CSS
 * adds the highlight of the current state and the path taken. With
 * `onSelect`, every state box is a button (Tab, Enter or Space).
 */
export function ChartSvg({
  layout,
  title,
  standalone = false,
  statusOf = () => null,
  isTaken = () => false,
  selectedId = null,
  onSelect,
  nameOf = (box) => box.title.map((l) => l.text).join(' '),
  zoom = 1,
}: {
  layout: ChartLayout;
  /** A scale, or `fit` to the container's width. */
  zoom?: number | 'fit';
  title: string;
  /** A file of its own: xmlns and a <title>, no interaction. */
  standalone?: boolean;
  statusOf?: (stateId: string) => StateStatus;
  isTaken?: (edge: EdgePath) => boolean;
  selectedId?: string | null;
  onSelect?: (stateId: string) => void;
  /** The accessible name of a state's box. */
  nameOf?: (box: NodeBox) => string;
}) {
  const root = layout.nodes.find((n) => n.kind === 'root');
  return (
    <svg
      xmlns={standalone ? 'http://www.w3.org/2000/svg' : undefined}
      className="chart"
      width={zoom === 'fit' ? '100%' : Math.round(layout.width * zoom)}
      height={zoom === 'fit' ? undefined : Math.round(layout.height * zoom)}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      role={standalone ? 'img' : 'group'}
      aria-label={title}
      data-state-id={root?.id}
    >
      {standalone && <title>{title}</title>}
      <defs>
        <Arrow id="chart-arrow" fill={colors.line} />
        <Arrow id="chart-arrow-taken" fill="#1d4e89" />
      </defs>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.regions.map((r) => (
        <rect
          key={r.id}
          className={cx('chart-region', statusClass(statusOf(r.id)))}
          data-region-id={r.id}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
          rx={10}
          fill={colors.region}
          stroke={colors.regionLine}
        />
      ))}
      <g aria-hidden="true">
        {layout.edges.map((e) => (
          <Edge key={e.key} edge={e} taken={isTaken(e)} />
        ))}
      </g>
      {layout.nodes.map((n) =>
        n.kind === 'start' ? (
          <circle
            key={n.id}
            data-start=""
            cx={n.x + n.width / 2}
            cy={n.y + n.height / 2}
            r={n.width / 2}
            fill={colors.ink}
            aria-hidden="true"
          />
        ) : (
          <Box
            key={n.id}
            box={n}
            status={statusOf(n.id)}
            selected={selectedId === n.id}
            name={nameOf(n)}
            onSelect={n.kind === 'root' ? undefined : onSelect}
          />
        ),
      )}
    </svg>
  );
}

function Arrow({ id, fill }: { id: string; fill: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={9}
      refY={5}
      markerUnits="userSpaceOnUse"
      markerWidth={9}
      markerHeight={9}
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  );
}

/** Class names, without the empty ones. */
const cx = (...names: string[]) => names.filter(Boolean).join(' ');

const statusClass = (status: StateStatus) =>
  status === 'current'
    ? 'is-current is-active'
    : status === 'active'
      ? 'is-active'
      : status === 'visited'
        ? 'is-visited'
        : '';

/** A smooth path through dagre's points (quadratic curves at the bends). */
function pathOf(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x},${first!.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const q = rest[i + 1]!;
    d += ` Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L${last.x},${last.y}`;
  return d;
}

function Lines({
  lines,
  x,
  y,
  size,
  lineHeight,
  anchor = 'start',
  weight,
}: {
  lines: TextLine[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  anchor?: 'start' | 'middle';
  weight?: number;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fill={colors.ink}
      textAnchor={anchor}
      fontWeight={weight}
    >
      {lines.map((l, i) => (
        <tspan
          key={i}
          x={x}
          dy={i === 0 ? 0 : lineHeight}
          data-edge-id={l.edgeIds?.length ? l.edgeIds.join(' ') : undefined}
          data-about-state={l.aboutState}
          className={l.dev ? 'chart-dev' : undefined}
          fill={l.dev ? colors.dev : undefined}
          fontFamily={l.dev ? 'ui-monospace, monospace' : undefined}
          fontSize={l.dev ? size - 1 : undefined}
        >
          {/* The space keeps wrapped words apart in the text read aloud. */}
          {i < lines.length - 1 ? `${l.text} ` : l.text}
        </tspan>
      ))}
    </text>
  );
}

function Edge({ edge, taken }: { edge: EdgePath; taken: boolean }) {
  const label = edge.label;
  return (
    <g
      className={cx(
        'chart-edge',
        edge.initial ? 'chart-edge--initial' : '',
        taken ? 'is-taken' : '',
      )}
      data-edge-ids={edge.edgeIds.join(' ') || undefined}
      data-source={edge.source}
      data-target={edge.target}
    >
      <path
        d={pathOf(edge.points)}
        fill="none"
        stroke={taken ? '#1d4e89' : colors.line}
        strokeWidth={taken ? 2.5 : 1.3}
        strokeDasharray={edge.initial ? '4 3' : undefined}
        markerEnd={`url(#${taken ? 'chart-arrow-taken' : 'chart-arrow'})`}
      />
      {label && (
        <g>
          <rect
            x={label.x - label.width / 2}
            y={label.y - label.height / 2}
            width={label.width}
            height={label.height}
            rx={4}
            fill="#ffffff"
            fillOpacity={0.92}
          />
          <Lines
            lines={label.lines}
            x={label.x}
            y={label.y - label.height / 2 + 3 + m.noteSize}
            size={m.noteSize}
            lineHeight={m.noteLine}
            anchor="middle"
          />
        </g>
      )}
    </g>
  );
}

function Box({
  box,
  status,
  selected,
  name,
  onSelect,
}: {
  box: NodeBox;
  status: StateStatus;
  selected: boolean;
  name: string;
  onSelect?: (stateId: string) => void;
}) {
  // The button holds the box and the state's name only, so its visible text
  // is its accessible name; the notes (and ids) beside it are read in the
  // list instead. A diamond holds its id inside.
  const title = box.title.filter((l) => !l.dev);
  const devTitle = box.title.filter((l) => l.dev);
  const below = box.kind === 'decision' ? [] : devTitle;
  // A diamond's lines (its question, then its id) are centred in it.
  const diamondTop = (box.height - box.title.length * m.noteLine) / 2;
  const titleHeight = title.length * m.titleLine;
  const notesTop = m.padY + titleHeight + below.length * m.noteLine;
  const interactive = onSelect
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': status
          ? `${name} (${mapText(`map.status-${status}`)})`
          : name,
        'aria-pressed': selected,
        'aria-current': status === 'current' ? ('step' as const) : undefined,
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(box.id);
          }
        },
      }
    : {};
  const classes = (base: string) =>
    cx(
      base,
      `${base}--${box.kind}`,
      statusClass(status),
      selected ? 'is-selected' : '',
    );
  return (
    <g
      transform={`translate(${box.x},${box.y})`}
      onClick={onSelect && (() => onSelect(box.id))}
    >
      <g
        className={classes('chart-node')}
        data-state-id={box.kind === 'root' ? undefined : box.id}
        {...interactive}
      >
        {box.kind === 'decision' ? (
          <>
            <polygon
              points={`${box.width / 2},0 ${box.width},${box.height / 2} ${box.width / 2},${box.height} 0,${box.height / 2}`}
              fill={colors.decision}
              stroke={colors.line}
              strokeWidth={1.3}
            />
            <Lines
              lines={title}
              x={box.width / 2}
              y={diamondTop + m.noteSize}
              size={m.noteSize}
              lineHeight={m.noteLine}
              anchor="middle"
            />
          </>
        ) : (
          <>
            <rect
              width={box.width}
              height={box.height}
              rx={box.kind === 'phase' ? 14 : 6}
              fill={box.kind === 'phase' ? colors.phase : '#ffffff'}
              stroke={colors.line}
              strokeWidth={1.3}
              strokeDasharray={box.kind === 'root' ? '5 3' : undefined}
            />
            {box.isFinal && (
              <rect
                x={3}
                y={3}
                width={box.width - 6}
                height={box.height - 6}
                rx={4}
                fill="none"
                stroke={colors.line}
              />
            )}
            <Lines
              lines={title}
              x={m.padX}
              y={m.padY + m.titleSize}
              size={m.titleSize}
              lineHeight={m.titleLine}
              weight={box.kind === 'state' ? undefined : 700}
            />
          </>
        )}
      </g>
      {box.kind === 'decision' && devTitle.length > 0 && (
        <g className={classes('chart-notes')} aria-hidden="true">
          <Lines
            lines={devTitle}
            x={box.width / 2}
            y={diamondTop + title.length * m.noteLine + m.noteSize}
            size={m.noteSize}
            lineHeight={m.noteLine}
            anchor="middle"
          />
        </g>
      )}
      {(below.length > 0 || box.notes.length > 0) && (
        <g
          className={classes('chart-notes')}
          aria-hidden={onSelect ? true : undefined}
        >
          {below.length > 0 && (
            <Lines
              lines={below}
              x={m.padX}
              y={m.padY + titleHeight + m.noteSize}
              size={m.noteSize}
              lineHeight={m.noteLine}
            />
          )}
          {box.notes.length > 0 && (
            <>
              <line
                x1={0}
                x2={box.width}
                y1={notesTop + 2}
                y2={notesTop + 2}
                stroke={colors.regionLine}
              />
              <Lines
                lines={box.notes}
                x={m.padX}
                y={notesTop + 6 + m.noteSize}
                size={m.noteSize}
                lineHeight={m.noteLine}
              />
            </>
          )}
        </g>
      )}
    </g>
  );
}
