/** Every validator rule, in the order docs/rules.md lists them. */
import type { Rule } from '../rule.js';
import { audiences } from './audiences.js';
import { characters } from './characters.js';
import { contacts } from './contacts.js';
import { dates } from './dates.js';
import { deadlines } from './deadlines.js';
import { gaps } from './gaps.js';
import { images } from './images.js';
import { groups } from './groups.js';
import { overlaps } from './overlaps.js';
import { time } from './time.js';
import { timezone } from './timezone.js';
import { venues } from './venues.js';

export const rules: readonly Rule[] = [time, overlaps, gaps, audiences, deadlines, dates, timezone, venues, groups, contacts, images, characters];
