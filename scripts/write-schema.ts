// Writes schema/brief.schema.json from the zod model, the one source of the types.
// `npm run schema` regenerates it; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { briefJsonSchemaText } from '../src/brief/json-schema.js';

const target = new URL('../schema/brief.schema.json', import.meta.url);
writeFileSync(target, briefJsonSchemaText());
console.log(`wrote ${target.pathname}`);
