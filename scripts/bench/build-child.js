// Runs `newsbrief build` in this fresh process (cold start included) and
// reports its exit code and peak memory as the last line on stderr.
import { main } from '../../dist/cli/main.js';

const code = await main(process.argv.slice(2), { stdout: { write: () => true }, stderr: process.stderr, cwd: process.cwd(), env: process.env });
process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
