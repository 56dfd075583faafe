// Pass logs: one line per article. Human lines on a terminal, JSON lines
// (pino) otherwise, so a log collector can read them.
import pino from 'pino';
import type { Io } from '../cli/io.js';

export type LogFormat = 'pretty' | 'json';

export interface ArticleEvent {
  path: string;
  outcome: 'briefed' | 'failed' | 'retrying' | 'adopted' | 'warning';
  /** Position in the pass, for progress: [done, total]. */
  progress?: [number, number];
  folder?: string;
  files?: string[];
  reason?: string;
  stage?: string;
  ruleId?: string | null;
  permanent?: boolean;
  attempt?: number;
  ms?: number;
}

export interface PassLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  article(event: ArticleEvent): void;
}

/** 'auto' is JSON unless stdout is a terminal. */
export function pickLogFormat(wanted: 'auto' | LogFormat, io: Io): LogFormat {
  if (wanted !== 'auto') return wanted;
  return (io.stdout as { isTTY?: boolean }).isTTY ? 'pretty' : 'json';
}

export function createLog(format: LogFormat, io: Io): PassLog {
  if (format === 'json') {
    const logger = pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, { write: (line: string) => io.stdout.write(line) });
    return {
      info: (msg, fields = {}) => logger.info(fields, msg),
      warn: (msg, fields = {}) => logger.warn(fields, msg),
      error: (msg, fields = {}) => logger.error(fields, msg),
      article: (e) => {
        const level = e.outcome === 'failed' ? 'error' : e.outcome === 'briefed' || e.outcome === 'adopted' ? 'info' : 'warn';
        logger[level]({ ...e, event: 'article' }, line(e));
      },
    };
  }
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const err = (s: string) => io.stderr.write(`${s}\n`);
  const withFields = (msg: string, fields: Record<string, unknown> = {}) => {
    const extra = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    return extra ? `${msg} (${extra})` : msg;
  };
  return {
    info: (msg, fields) => out(withFields(msg, fields)),
    warn: (msg, fields) => err(`warning: ${withFields(msg, fields)}`),
    error: (msg, fields) => err(`error: ${withFields(msg, fields)}`),
    article: (e) => {
      const progress = e.progress ? `[${e.progress[0]}/${e.progress[1]}] ` : '';
      (e.outcome === 'failed' || e.outcome === 'warning' ? err : out)(`${progress}${line(e)}`);
    },
  };
}

/** The article event as one sentence: what happened to which file, and why. */
function line(e: ArticleEvent): string {
  const ms = e.ms === undefined ? '' : ` (${(e.ms / 1000).toFixed(1)} s)`;
  switch (e.outcome) {
    case 'briefed':
      return `briefed ${e.path} → ${e.folder}/${ms}`;
    case 'adopted':
      return `${e.path}: its brief ${e.folder}/ was already complete (the last pass stopped before recording it)`;
    case 'retrying':
      return `${e.path}: attempt ${e.attempt} failed (${e.reason}); retrying`;
    case 'warning':
      return `${e.path}: warning: ${e.reason}`;
    case 'failed':
      return `failed ${e.path}: ${e.reason}${e.ruleId ? ` [${e.ruleId}]` : ''}${e.permanent ? '' : ' (will retry next pass)'}`;
  }
}
