import type { DiagnosisResult } from '@secondround/core';

type Step = DiagnosisResult['funnel'][number];

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Per transition: your likely rate (80% interval, dot at the middle estimate) against the band
 * of averages across employers. A table carries the same numbers for screen readers.
 */
export function FunnelChart({ steps, stall }: { steps: Step[]; stall: string | null }) {
  const shown = steps.filter((s) => s.entered > 0 || s.typical);
  return (
    <figure className="funnel" aria-labelledby="funnel-caption">
      <figcaption id="funnel-caption" className="funnel-caption">
        Your likely rate at each step (bar: 80% interval; dot: best estimate) against the <span className="legend-band">average across employers</span>
      </figcaption>
      <div className="funnel-rows" aria-hidden="true">
        {shown.map((s) => (
          <div key={s.id} className={`funnel-row${s.id === stall ? ' funnel-stall' : ''}`}>
            <div className="funnel-label">
              {s.label}
              <span className="funnel-n">{s.advanced} of {s.decided} decided</span>
            </div>
            <div className="funnel-track">
              {s.typical && <div className="funnel-band" style={{ left: pct(s.typical.low), width: pct(Math.max(s.typical.high - s.typical.low, 0.01)) }} />}
              {s.decided > 0 && <div className="funnel-interval" style={{ left: pct(s.interval.low), width: pct(Math.max(s.interval.high - s.interval.low, 0.005)) }} />}
              {s.decided > 0 && <div className="funnel-dot" style={{ left: pct(s.estimate) }} />}
            </div>
          </div>
        ))}
        <div className="funnel-axis"><span>0%</span><span>50%</span><span>100%</span></div>
      </div>
      <div className="visually-hidden">
      <table>
        <caption>Funnel by step</caption>
        <thead>
          <tr><th>Step</th><th>Decided</th><th>Advanced</th><th>Likely rate (80%)</th><th>Average across employers</th><th>Chance you are below average</th></tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <td>{s.decided}</td>
              <td>{s.advanced}</td>
              <td>{s.decided > 0 ? `${pct(s.interval.low)} to ${pct(s.interval.high)}` : 'no decided cases'}</td>
              <td>{s.typical ? `${pct(s.typical.low)} to ${pct(s.typical.high)} (${s.typical.source}, ${s.typical.year})` : 'no published average'}</td>
              <td>{s.probBelowTypical === null ? '–' : pct(s.probBelowTypical)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
