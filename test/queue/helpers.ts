// Fleet test helpers: short made-up articles (no third-party text) and polling for a condition.

const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Quito', 'Accra', 'Riga'];
const BODIES = ['council', 'port authority', 'water board', 'transport agency', 'housing office'];

/**
 * A short news article, different for each `n` (its title and figures carry n), so each one
 * has its own hash, its own title and its own brief folder.
 */
export function articleText(n: number): string {
  const place = PLACES[n % PLACES.length]!;
  const body = BODIES[n % BODIES.length]!;
  return [
    `${place} ${body} approves plan number ${n} for the harbour district`,
    '',
    `The ${body} of ${place} approved plan number ${n} on Tuesday, officials said, after a debate that lasted ${n % 7 + 2} hours.`,
    `"This plan gives the district ${n + 10} new homes by 2027," said Maria Keller, who chairs the ${body}.`,
    `Opponents said the cost, put at ${n * 3 + 5} million euros, had not been explained, and asked whether the ${body} would publish its figures.`,
  ].join('\n');
}

/** Polls `condition` every 100 ms until it holds; fails after `timeoutMs` with `what`. */
export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
