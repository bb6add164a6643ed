/** A venue as one line of text, for the invitation and the calendar's LOCATION alike. */
import type { Venue } from './gathering.js';
import { schemeOf } from './links.js';

/** "Nationalteatret Konferansesenter, KS Agenda, Oslo": name, room, address, and the city unless one of those parts is it. */
export function formatVenue(venue: Venue | undefined): string | undefined {
  if (!venue) return undefined;
  const parts = [venue.name, venue.room, venue.address].filter((p): p is string => !!p && p.trim() !== '');
  const said = parts.flatMap((p) => p.split(/,\s*/));
  if (venue.city && !said.includes(venue.city)) parts.push(venue.city);
  return parts.join(', ');
}

/**
 * A calendar event's LOCATION: the venue's line and, after it, its web
 * address when it is one (an online meeting's link, which calendar programs
 * make a link to click; `check` refuses or warns of any other scheme).
 */
export function locationOf(venue: Venue | undefined): string | undefined {
  const line = formatVenue(venue);
  const link = venue?.link?.trim();
  const scheme = link ? schemeOf(link) : undefined;
  if (!link || (scheme !== 'http' && scheme !== 'https')) return line;
  return line ? `${line}, ${link}` : link;
}
