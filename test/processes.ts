/** The tests' view of running processes, for those that check what a browser or a build leaves behind. */
import { readdirSync, readFileSync } from 'node:fs';

/** Running processes whose command line names `text` (zombies excluded), and `--type=<kind>` when a kind is given. */
export function processesUsing(text: string, kind?: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (command.includes(text) && state !== 'Z' && (!kind || command.includes(`--type=${kind}`))) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
