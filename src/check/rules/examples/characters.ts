/**
 * The characters rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.characters.example.right-to-left-text',
    source: {
      nb: md`
        ---
        title: "Velkommen – ברוכים הבאים!\\u200f"
        date: 2025-03-21
        venue: "Kulturhuset, می\\u200cخواهم"
        ---

        Familiedag for alle 👩&#x200d;👩&#x200d;👧.
      `,
      nn: md`
        ---
        title: "Velkomen – ברוכים הבאים!\\u200f"
        date: 2025-03-21
        venue: "Kulturhuset, می\\u200cخواهم"
        ---

        Familiedag for alle 👩&#x200d;👩&#x200d;👧.
      `,
      da: md`
        ---
        title: "Velkommen – ברוכים הבאים!\\u200f"
        date: 2025-03-21
        venue: "Kulturhuset, می\\u200cخواهم"
        ---

        Familiedag for store og små 👩&#x200d;👩&#x200d;👧.
      `,
      sv: md`
        ---
        title: "Välkommen – ברוכים הבאים!\\u200f"
        date: 2025-03-21
        venue: "Kulturhuset, می\\u200cخواهم"
        ---

        Familjedag för alla 👩&#x200d;👩&#x200d;👧.
      `,
      en: md`
        ---
        title: "Welcome – ברוכים הבאים!\\u200f"
        date: 2025-03-21
        venue: "Arts Centre, می\\u200cخواهم"
        ---

        Family day for everyone 👩&#x200d;👩&#x200d;👧.
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.characters.example.override-in-title',
    source: {
      nb: md`
        ---
        title: "Faktura \\u202egnp.exe"
        date: 2025-03-21
        venue: "Rådhu\\u200bset"
        ---

        Møt opp i tide&#x200b;&#x200b;.
      `,
      nn: md`
        ---
        title: "Faktura \\u202egnp.exe"
        date: 2025-03-21
        venue: "Rådhu\\u200bset"
        ---

        Møt opp i god tid&#x200b;&#x200b;.
      `,
      da: md`
        ---
        title: "Faktura \\u202egnp.exe"
        date: 2025-03-21
        venue: "Rådhu\\u200bset"
        ---

        Mød op i god tid&#x200b;&#x200b;.
      `,
      sv: md`
        ---
        title: "Faktura \\u202egnp.exe"
        date: 2025-03-21
        venue: "Stadshu\\u200bset"
        ---

        Kom i god tid&#x200b;&#x200b;.
      `,
      en: md`
        ---
        title: "Invoice \\u202egnp.exe"
        date: 2025-03-21
        venue: "Town Ha\\u200bll"
        ---

        Please arrive in good time&#x200b;&#x200b;.
      `,
    },
    expected: [
      '2:17 hidden-character "title" holds an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE: the invitation leaves it out',
      '4:14 hidden-character "venue" holds an invisible character, U+200B ZERO WIDTH SPACE: the invitation leaves it out',
      '7:15 hidden-character The text holds 2 invisible characters, the first U+200B ZERO WIDTH SPACE: the invitation leaves them out',
    ],
  },
];
