/** A venue as one line of text, for the invitation and the calendar's LOCATION alike. */
import type { Venue } from './gathering.js';

/** "Nationalteatret Konferansesenter, KS Agenda, Oslo": name, room, address, and the city unless one of those parts is it. */
export function formatVenue(venue: Venue | undefined): string | undefined {
  if (!venue) return undefined;
  const parts = [venue.name, venue.room, venue.address].filter((p): p is string => !!p && p.trim() !== '');
  const said = parts.flatMap((p) => p.split(/,\s*/));
  if (venue.city && !said.includes(venue.city)) parts.push(venue.city);
  return parts.join(', ');
}
