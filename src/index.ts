// The public API: what a program that imports newsbrief (package.json `main`) may use.
// Read an article and extract its brief, render a brief, and the model both pass along.
export { extractFile, extractFiles, draftBrief, finishBrief, renderBrief, StageError, PRINT_MAX_ITEMS } from './pipeline.js';
export type { Stage, Format, RenderOptions, FinishOptions, Rendered, Draft, PrintPage } from './pipeline.js';
export { InputError, DEFAULT_MAX_BYTES } from './ingest/index.js';
export type { IngestOptions } from './ingest/index.js';
export { loadTemplates, DEFAULT_TEMPLATES_DIR, TemplateError } from './render/templates.js';
export type { Templates } from './render/templates.js';
export { PdfRenderer, PdfTimeoutError } from './render/pdf.js';
export type { PageSize, PdfRendererOptions } from './render/pdf.js';
export { BriefSchema, SCHEMA_VERSION } from './brief/model.js';
export type { Actor, ActorType, Article, Brief, Claim, ClaimKind, DateItem, Evidence, Message, Question, Severity, SourceFormat } from './brief/model.js';
