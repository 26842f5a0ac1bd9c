import { Anchor, List, Text } from '@mantine/core';
import type { DiagnosisResult } from '@secondround/core';

type Step = DiagnosisResult['funnel'][number];

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "3 of 9 moved on", in words a person uses; the cases still waiting are not in it. */
function movedOn(s: Step): string {
  if (s.decided === 0) return 'no answers yet';
  return `${s.advanced} of ${s.decided} with an answer moved on`;
}

/**
 * Per step: your likely rate (dark bar: where it most likely lies; dot: best guess) against the
 * average across employers (shaded), then where each average comes from, with links. A table
 * carries the same numbers for screen readers.
 */
export function FunnelChart({ steps, stall }: { steps: Step[]; stall: string | null }) {
  const shown = steps.filter((s) => s.entered > 0 || s.typical);
  const sourced = shown.filter((s) => s.typical);
  return (
    <figure className="funnel" aria-labelledby="funnel-caption">
      <figcaption id="funnel-caption" className="funnel-caption">
        Your likely rate at each step against the <span className="legend-band">average across employers</span> (shaded). The dark bar is where your
        rate most likely lies (8 chances in 10) and the dot is the best guess. What this means: with only a few answers the dot stays close to the
        average, because a handful of answers cannot show much yet.
      </figcaption>
      <div className="funnel-rows" aria-hidden="true">
        {shown.map((s) => (
          <div key={s.id} className={`funnel-row${s.id === stall ? ' funnel-stall' : ''}`}>
            <div className="funnel-label">
              {s.label}
              <span className="funnel-n">{movedOn(s)}</span>
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
        <caption>Your rate at each step</caption>
        <thead>
          <tr><th>Step</th><th>With an answer</th><th>Moved on</th><th>Your likely rate</th><th>Average across employers</th><th>Chance you are below average</th></tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <td>{s.decided}</td>
              <td>{s.advanced}</td>
              <td>{s.decided > 0 ? `most likely between ${pct(s.interval.low)} and ${pct(s.interval.high)}` : 'no answers yet'}</td>
              <td>{s.typical ? s.typical.label : 'no published average'}</td>
              <td>{s.probBelowTypical === null ? '–' : pct(s.probBelowTypical)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {sourced.length > 0 && (
        <div className="funnel-sources">
          <Text size="sm" fw={600} mt="sm">Where the averages come from</Text>
          <List size="sm" spacing={4}>
            {sourced.map((s) => (
              <List.Item key={s.id} data-rate-source={s.id}>
                <b>{s.label}</b>: {s.typical!.label}. {s.typical!.derivation}{' '}
                {s.typical!.sources.map((src, i) => (
                  <span key={i}>
                    {i > 0 ? '; ' : 'Source: '}
                    <Anchor href={src.url} target="_blank" rel="noreferrer">{src.name}, {src.year}</Anchor>
                  </span>
                ))}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </figure>
  );
}
