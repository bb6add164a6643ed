/** Runs the CLI in-process and captures what it prints. */
import { main, type Io } from '../../src/cli/main.js';

export async function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env, color: false, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
