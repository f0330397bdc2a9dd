import { useEffect, useState } from 'react';
import { isoDayIn, userTimeZone } from './share-expiry';

const TICK_MS = 60_000;

/**
 * The user's calendar day and zone, checked again every minute, so expiry states and "in 3 days" move on at
 * midnight without a reload (and follow a pinned test clock that is moved forward).
 */
export function useToday(): { today: string; timeZone: string; now: Date } {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const timeZone = userTimeZone();
  return { today: isoDayIn(now, timeZone), timeZone, now };
}
