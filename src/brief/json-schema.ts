// The published JSON Schema of brief.json, derived from the zod model.
import { z } from 'zod';
import { BriefSchema } from './model.js';

export function briefJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BriefSchema, { target: 'draft-2020-12' }),
    title: 'newsbrief brief.json',
  };
}

export function briefJsonSchemaText(): string {
  return `${JSON.stringify(briefJsonSchema(), null, 2)}\n`;
}
