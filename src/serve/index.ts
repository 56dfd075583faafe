export { type RunningServer, type ServeOptions, serveOutputs } from './server.js';
