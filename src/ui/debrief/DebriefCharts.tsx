import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTORS, ACTOR_INFO, type ActorId, type RoundRecord, TRACKS, TRACK_INFO } from '../../engine';
import { ACTOR_STYLE } from '../common/actorStyle';
import { trackRows, vpRows } from './analysis';

/**
 * The debrief's charts. Loaded on demand (recharts stays out of the first download). Each chart is a
 * named figure with its data as a table beside it, and each actor's line has its own dash pattern
 * and marker shape, so colour is never the only signal.
 */

const DASH: Readonly<Record<ActorId, string>> = { US: '0', KP: '8 4', CN: '2 3', RU: '10 3 2 3', KR: '4 2 4 6' };

/** Marker per actor: the same shape as the actor's token on the board. */
function Marker({ actor, cx, cy }: { actor: ActorId; cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return null;
  const c = ACTOR_STYLE[actor].color;
  const r = 4.5;
  switch (actor) {
    case 'US':
      return <polygon points={star(cx, cy, r + 1.5)} fill={c} stroke="#fff" strokeWidth={0.8} />;
    case 'KP':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} fill={c} stroke="#fff" strokeWidth={0.8} />;
    case 'CN':
      return <circle cx={cx} cy={cy} r={r} fill={c} stroke="#fff" strokeWidth={0.8} />;
    case 'RU':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} fill={c} stroke="#fff" strokeWidth={0.8} />;
    case 'KR':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={c} stroke="#fff" strokeWidth={0.8} />;
  }
}

function star(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.45;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    pts.push(`${(cx + rad * Math.cos(a)).toFixed(1)},${(cy + rad * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

function DataTable({ caption, cols, rows }: { caption: string; cols: readonly { key: string; name: string }[]; rows: readonly Record<string, string | number>[] }) {
  return (
    <details className="chart-data">
      <summary>Show the data as a table</summary>
      <table>
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Round</th>{cols.map((c) => <th key={c.key} scope="col">{c.name}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.round)}><th scope="row">{r.label}</th>{cols.map((c) => <td key={c.key}>{r[c.key]}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function VpChart({ history }: { history: readonly RoundRecord[] }) {
  const rows = vpRows(history);
  const title = 'Each actor\'s score (VP) over the rounds';
  return (
    <figure className="chart" aria-labelledby="chart-vp-title">
      <figcaption id="chart-vp-title">{title}</figcaption>
      <div className="chart-box chart-box-tall" role="img" aria-label={`Line chart: ${title}. The data is in the table below.`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
            <XAxis dataKey="round" tickFormatter={(r: number) => (r === 0 ? 'Start' : `R${r}`)} stroke="#3c4350" />
            <YAxis allowDecimals={false} stroke="#3c4350" width={36} />
            <Tooltip labelFormatter={(r) => rows.find((x) => x.round === r)?.label ?? String(r)} />
            <Legend />
            {ACTORS.map((a) => (
              <Line
                key={a}
                type="linear"
                dataKey={a}
                name={`${ACTOR_STYLE[a].symbol} ${ACTOR_INFO[a].name}`}
                stroke={ACTOR_STYLE[a].color}
                strokeWidth={2.5}
                strokeDasharray={DASH[a]}
                dot={(p: { cx?: number; cy?: number; index?: number }) => <Marker key={`${a}-${p.index}`} actor={a} cx={p.cx} cy={p.cy} />}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable caption={title} cols={ACTORS.map((a) => ({ key: a, name: ACTOR_INFO[a].name }))} rows={rows} />
    </figure>
  );
}

/** One small chart per track (small multiples): one line each, so no legend or colour is needed to read them. */
export function TrackCharts({ history }: { history: readonly RoundRecord[] }) {
  const rows = trackRows(history);
  return (
    <div className="track-charts">
      <div className="chart-grid">
        {TRACKS.map((t) => {
          const info = TRACK_INFO[t];
          const title = `${info.name} over the rounds`;
          return (
            <figure key={t} className="chart chart-small" aria-labelledby={`chart-${t}-title`}>
              <figcaption id={`chart-${t}-title`}>{info.name} <span className="muted">({info.min}–{info.max})</span></figcaption>
              <div className="chart-box" role="img" aria-label={`Line chart: ${title}, from ${rows[0]?.[t]} at the start to ${rows[rows.length - 1]?.[t]} at the end.`}>
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={rows} margin={{ top: 6, right: 10, bottom: 0, left: -18 }} accessibilityLayer={false}>
                    <CartesianGrid stroke="#e1e4ea" strokeDasharray="3 3" />
                    <XAxis dataKey="round" tickFormatter={(r: number) => (r === 0 ? 'S' : `R${r}`)} stroke="#3c4350" fontSize={11} />
                    <YAxis domain={[info.min, info.max]} allowDecimals={false} stroke="#3c4350" fontSize={11} width={40} />
                    <Tooltip labelFormatter={(r) => rows.find((x) => x.round === r)?.label ?? String(r)} />
                    <Line type="linear" dataKey={t} name={info.name} stroke="#1f3b63" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              </div>
            </figure>
          );
        })}
      </div>
      <DataTable caption="Every track over the rounds" cols={TRACKS.map((t) => ({ key: t, name: TRACK_INFO[t].name }))} rows={rows} />
    </div>
  );
}

/** Default export for React.lazy. */
export default function DebriefCharts({ history }: { history: readonly RoundRecord[] }) {
  return (
    <>
      <section aria-labelledby="debrief-vp" className="debrief-section">
        <h2 id="debrief-vp">Scores over the rounds</h2>
        <VpChart history={history} />
      </section>
      <section aria-labelledby="debrief-tracks" className="debrief-section">
        <h2 id="debrief-tracks">Tracks over the rounds</h2>
        <TrackCharts history={history} />
      </section>
    </>
  );
}
