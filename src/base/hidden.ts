/**
 * Characters that change what a reader sees without being seen: the bidi
 * controls (embeddings, overrides, isolates, and the marks where they can
 * mislead), zero-width characters, and the other invisible format and
 * default-ignorable characters (tags, fillers, variation selectors in a
 * row). This module is the one place that decides, for `check` (which
 * warns at each) and for every output (which leaves them out): both call
 * hiddenIn() on the same text, so they cannot disagree.
 *
 * Letters of every script are left as they are, and so are the invisible
 * characters a script or an emoji needs where it needs them: a joiner
 * between emoji (👩‍👩‍👧) or after a letter of a script that joins (Arabic,
 * Persian, the Indic scripts), a zero-width space in Thai or Japanese, the
 * marks and balanced embeddings and isolates in a text that has
 * right-to-left letters, a variation selector after a character, the tags
 * of a flag (🏴 and its tag sequence), the soft hyphen, and the visible
 * format characters (the Arabic number signs). Overrides are never kept,
 * and neither are control characters (tab and line breaks are not hidden).
 */

/** A hidden character found in a text: where (UTF-16 index and length) and which. */
export interface Hidden {
  index: number;
  length: number;
  codePoint: number;
}

/**
 * Any character that might be hidden: a format character, a default-ignorable
 * one, or a control character other than tab and the line breaks (NUL, BEL,
 * ESC, the C1 controls: a page shows them as nothing or a box, and a
 * calendar file may not hold them).
 */
const CANDIDATE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** Letters of the scripts written right to left. */
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
/** Scripts whose letters take a zero-width joiner or non-joiner between them (shaping, conjuncts, Persian word parts). */
const JOINING =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}\p{scx=Phags_Pa}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Myanmar}\p{scx=Khmer}\p{scx=Tibetan}\p{scx=Balinese}\p{scx=Javanese}\p{scx=Tirhuta}\p{scx=Kaithi}]/u;
/** Scripts written without spaces, where a zero-width space marks where a line may break. */
const UNSPACED =
  /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Javanese}\p{scx=Balinese}\p{scx=Tai_Tham}\p{scx=New_Tai_Lue}\p{scx=Tai_Le}\p{scx=Tai_Viet}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** A character a variation selector may follow. */
const VISIBLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const ZWSP = 0x200b;
const PDF = 0x202c;
const PDI = 0x2069;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

/** Format characters that print something (number signs, the end of an ayah) and the soft hyphen: never hidden. */
const SHOWN = new Set([0x00ad, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd]);

const isVariationSelector = (c: number) => (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);
const isEmojiModifier = (c: number) => c >= 0x1f3fb && c <= 0x1f3ff;
const isTag = (c: number) => c >= 0xe0020 && c <= 0xe007e;
const isBidiOpener = (c: number) => (c >= 0x202a && c <= 0x202e && c !== PDF) || (c >= 0x2066 && c <= 0x2068);
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const isOverride = (c: number) => c === 0x202d || c === 0x202e;
/** The bidi marks: left-to-right, right-to-left and the Arabic letter mark. */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);
const isMark = (c: number) => c === 0x200e || c === 0x200f || c === 0x061c;
const inScript = (re: RegExp, c: number | undefined) => c !== undefined && re.test(String.fromCodePoint(c));

/** Whether a text may hold a hidden character at all (cheap; most texts do not). */
export function mayHide(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * The hidden characters of a text, in order. `context` is the text the
 * marks are judged in (they are fine where right-to-left letters are):
 * by default the text itself; a paragraph of the body whose text nodes
 * are judged one by one passes the paragraph's text.
 */
export function hiddenIn(text: string, context: string = text): Hidden[] {
  if (!CANDIDATE.test(text)) return [];
  const points: { c: number; index: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    points.push({ c, index: i });
    i += c > 0xffff ? 2 : 1;
  }
  const rtl = RTL_LETTER.test(context);
  const keptBidi = balancedBidi(points, rtl);
  const flagTags = flagTagSequences(points);
  const out: Hidden[] = [];
  points.forEach(({ c, index }, k) => {
    if (!CANDIDATE.test(String.fromCodePoint(c))) return;
    if (isBidiControl(c) ? keptBidi.has(k) : flagTags.has(k) || fine(points, k, rtl)) return;
    out.push({ index, length: c > 0xffff ? 2 : 1, codePoint: c });
  });
  return out;
}

/** The text without its hidden characters: what every output prints. */
export function withoutHidden(text: string, context: string = text): string {
  const hidden = hiddenIn(text, context);
  if (!hidden.length) return text;
  let out = '';
  let at = 0;
  for (const h of hidden) {
    out += text.slice(at, h.index);
    at = h.index + h.length;
  }
  return out + text.slice(at);
}

/** Whether the candidate at `k` is one its script or emoji needs there. */
function fine(points: readonly { c: number }[], k: number, rtl: boolean): boolean {
  const c = points[k].c;
  const before = points[k - 1]?.c;
  const after = points[k + 1]?.c;
  if (SHOWN.has(c)) return true;
  if (isMark(c)) return rtl;
  if (c === ZWJ || c === ZWNJ) return (c === ZWJ && betweenPictographs(points, k)) || joinsScript(before, after);
  if (c === ZWSP) return inScript(UNSPACED, before) || inScript(UNSPACED, after);
  if (isVariationSelector(c)) return before !== undefined && !isVariationSelector(before) && inScript(VISIBLE, before);
  if (c === 0x034f) return inScript(LETTER_OR_MARK, before);
  if (c >= 0x180b && c <= 0x180f) return inScript(/\p{scx=Mongolian}/u, before);
  if (c === 0x17b4 || c === 0x17b5) return inScript(/\p{scx=Khmer}/u, before);
  if (c === 0x115f || c === 0x1160) return isJamo(before) || isJamo(after);
  if (c >= 0x13430 && c <= 0x1345f) return inScript(/\p{scx=Egyptian_Hieroglyphs}/u, before);
  if (c >= 0x1bca0 && c <= 0x1bca3) return inScript(/\p{scx=Duployan}/u, before);
  return false;
}

/** A joiner after a letter or mark of a script that joins, and not before a letter of another script. */
function joinsScript(before: number | undefined, after: number | undefined): boolean {
  if (!inScript(JOINING, before)) return false;
  return after === undefined || !inScript(LETTER_OR_MARK, after) || inScript(JOINING, after);
}

/** A zero-width joiner in an emoji sequence: a pictograph (with its selector or skin tone) before, a pictograph after. */
function betweenPictographs(points: readonly { c: number }[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (isVariationSelector(points[j].c) || isEmojiModifier(points[j].c))) j--;
  return j >= 0 && inScript(PICTOGRAPH, points[j].c) && inScript(PICTOGRAPH, points[k + 1]?.c);
}

/** The Hangul jamo a choseong or jungseong filler stands beside in an old-style syllable (not the fillers themselves). */
function isJamo(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff)) && c !== 0x115f && c !== 0x1160;
}

/** The positions of the tag characters of emoji flags: 🏴, tags, cancel tag. */
function flagTagSequences(points: readonly { c: number }[]): Set<number> {
  const kept = new Set<number>();
  points.forEach(({ c }, k) => {
    if (c !== BLACK_FLAG) return;
    let j = k + 1;
    while (j < points.length && isTag(points[j].c)) j++;
    if (j > k + 1 && points[j]?.c === CANCEL_TAG) for (let t = k + 1; t <= j; t++) kept.add(t);
  });
  return kept;
}

/**
 * The bidi controls that are kept: in a text with right-to-left letters,
 * an embedding or isolate closed in the same text, and its closer.
 * Overrides, anything unclosed, and any control in a text without
 * right-to-left letters are hidden characters.
 */
function balancedBidi(points: readonly { c: number }[], rtl: boolean): Set<number> {
  const kept = new Set<number>();
  if (!rtl) return kept;
  const open: number[] = [];
  points.forEach(({ c }, k) => {
    if (isBidiOpener(c)) open.push(k);
    else if (c === PDF || c === PDI) {
      // A closer closes the innermost opener of its kind; a PDI also closes the embeddings opened inside its isolate.
      const isolate = c === PDI;
      let j = open.length - 1;
      while (j >= 0 && points[open[j]].c >= 0x2066 !== isolate) {
        if (!isolate) return;
        j--;
      }
      if (j < 0) return;
      const opener = open[j];
      open.length = j;
      if (!isOverride(points[opener].c)) kept.add(opener).add(k);
    }
  });
  return kept;
}

/** Unicode's names of the hidden characters (others are named by their code point alone). */
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x0000, 'NULL'],
  [0x0007, 'BELL'],
  [0x0008, 'BACKSPACE'],
  [0x000b, 'LINE TABULATION'],
  [0x000c, 'FORM FEED'],
  [0x001b, 'ESCAPE'],
  [0x007f, 'DELETE'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x17b4, 'KHMER VOWEL INHERENT AQ'],
  [0x17b5, 'KHMER VOWEL INHERENT AA'],
  [0x180b, 'MONGOLIAN FREE VARIATION SELECTOR ONE'],
  [0x180c, 'MONGOLIAN FREE VARIATION SELECTOR TWO'],
  [0x180d, 'MONGOLIAN FREE VARIATION SELECTOR THREE'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x180f, 'MONGOLIAN FREE VARIATION SELECTOR FOUR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x206a, 'INHIBIT SYMMETRIC SWAPPING'],
  [0x206b, 'ACTIVATE SYMMETRIC SWAPPING'],
  [0x206c, 'INHIBIT ARABIC FORM SHAPING'],
  [0x206d, 'ACTIVATE ARABIC FORM SHAPING'],
  [0x206e, 'NATIONAL DIGIT SHAPES'],
  [0x206f, 'NOMINAL DIGIT SHAPES'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
  [0xe0001, 'LANGUAGE TAG'],
  [0xe0020, 'TAG SPACE'],
  [0xe007f, 'CANCEL TAG'],
]);

/** "U+202E RIGHT-TO-LEFT OVERRIDE": a code point as U+hex and its Unicode name where this module knows it. */
export function codePointLabel(c: number): string {
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES.get(c) ?? generatedName(c);
  return name ? `${hex} ${name}` : hex;
}

function generatedName(c: number): string | undefined {
  if (c >= 0xfe00 && c <= 0xfe0f) return `VARIATION SELECTOR-${c - 0xfe00 + 1}`;
  if (c >= 0xe0100 && c <= 0xe01ef) return `VARIATION SELECTOR-${c - 0xe0100 + 17}`;
  if (c >= 0xe0041 && c <= 0xe005a) return `TAG LATIN CAPITAL LETTER ${String.fromCharCode(c - 0xe0000)}`;
  if (c >= 0xe0061 && c <= 0xe007a) return `TAG LATIN SMALL LETTER ${String.fromCharCode(c - 0xe0020)}`;
  if (c >= 0xe0030 && c <= 0xe0039) return `TAG DIGIT ${DIGITS[c - 0xe0030]}`;
  return undefined;
}

const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/**
 * A text quoted out of its place (in a message, on a terminal line, in an
 * editor's list of problems) with its hidden characters spelled out as
 * `\u{202e}`, and every bidi control and mark too: a quote is not the
 * paragraph they were written for, and on a line of its own a mark or an
 * isolate would reorder what is around it.
 */
export function revealHidden(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  const hidden = hiddenIn(text);
  let out = '';
  let at = 0;
  let next = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    const isHidden = hidden[next]?.index === i;
    if (isHidden) next++;
    // Control characters are left to the printing of each format (printable() writes ESC as \e).
    if ((isHidden && !isControl(c)) || isBidiControl(c) || isMark(c)) {
      out += `${text.slice(at, i)}\\u{${c.toString(16).padStart(4, '0')}}`;
      at = i + width;
    }
    i += width;
  }
  return out + text.slice(at);
}
