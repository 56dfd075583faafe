// One line for the user: the stage and the reason, never a stack trace.
// Kept apart from the commands so that none of them loads another to use it.
import { BrowserNotFoundError } from '../render/browser.js';

/**
 * A StageError is recognised by its name: importing the class would load the
 * whole pipeline before the browser is launched.
 */
export function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'StageError' && error.cause instanceof BrowserNotFoundError) return `pdf: ${error.cause.message}`;
  if (error instanceof Error) return error.message.replace(/\s*\n\s*/g, ' ');
  return String(error);
}
