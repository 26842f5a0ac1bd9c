import { Badge, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

function left(ms: number): string {
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** The 24-hour countdown to a note's deadline, with the deadline in the person's zone. */
export function Countdown({ deadline, timeZone, sentAt }: { deadline: string; timeZone: string; sentAt: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  const due = Date.parse(deadline);
  const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(due));
  if (sentAt) {
    const onTime = Date.parse(sentAt) <= due;
    const sent = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(sentAt));
    return (
      <Text role="status" className="countdown">
        <Badge color={onTime ? 'teal' : 'orange'} mr="xs">{onTime ? 'Sent on time' : 'Sent late'}</Badge>
        Sent {sent}; it was due {when}.
      </Text>
    );
  }
  const ms = due - now;
  return (
    <Text role="timer" aria-live="off" className="countdown" data-testid="countdown">
      <Badge color={ms < 0 ? 'red' : ms < 4 * 3_600_000 ? 'orange' : 'teal'} mr="xs">{ms < 0 ? `Late by ${left(ms)}` : `${left(ms)} left`}</Badge>
      Due {when} ({timeZone}), 24 hours after the interview ended.
    </Text>
  );
}
