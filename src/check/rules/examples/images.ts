/**
 * The images rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.images.example.no-image',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        Se [kartet](https://example.org/kart.png).
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        Sjå [kartet](https://example.org/kart.png).
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        ---

        Se [kortet](https://example.org/kort.png).
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        ---

        Se [kartan](https://example.org/karta.png).
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        ---

        See [the map](https://example.org/map.png).
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.images.example.image-not-there',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        ![Kart over området](mangler/kart.png)
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        ![Kart over området](manglar/kart.png)
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        ---

        ![Kort over området](mangler/kort.png)
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        ---

        ![Karta över området](saknas/karta.png)
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        ---

        ![Map of the area](missing/map.png)
      `,
    },
    expected: ['6:1 image-unreadable The image mangler/kart.png cannot be read: there is no such file'],
  },
  {
    title: 'rule.images.example.large-photo-shown',
    images: { 'foto.jpg': 4_000_000 },
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        ## Dag 1

        ![Skolen](foto.jpg)

        ## Dag 2

        ![Skolen](foto.jpg)

        ## Dag 3

        ![Skolen](foto.jpg)
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        ## Dag 1

        ![Skulen](foto.jpg)

        ## Dag 2

        ![Skulen](foto.jpg)

        ## Dag 3

        ![Skulen](foto.jpg)
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        ---

        ## Dag 1

        ![Skolen](foto.jpg)

        ## Dag 2

        ![Skolen](foto.jpg)

        ## Dag 3

        ![Skolen](foto.jpg)
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        ---

        ## Dag 1

        ![Skolan](foto.jpg)

        ## Dag 2

        ![Skolan](foto.jpg)

        ## Dag 3

        ![Skolan](foto.jpg)
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        ---

        ## Day 1

        ![The school](foto.jpg)

        ## Day 2

        ![The school](foto.jpg)

        ## Day 3

        ![The school](foto.jpg)
      `,
    },
    expected: ['16:1 images-too-large With this image, the images of the invitation come to 11.4 MB; at most 10.0 MB can be put into one page'],
  },
];
