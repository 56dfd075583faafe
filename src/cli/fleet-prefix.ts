// The fleet's key prefix in Redis: NEWSBRIEF_FLEET_PREFIX, when one Redis serves several fleets.
import type { Io } from './io.js';

export function fleetPrefix(io: Io): string {
  return io.env['NEWSBRIEF_FLEET_PREFIX'] || 'newsbrief';
}
