// `npm start`: builds the app if needed, then serves it. Migrations, the demo seed (demo mode)
// and the job runner start inside the server (src/hooks.server.ts).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuild } from './ensure-build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureBuild();

process.env.PORT ??= '3000';
// adapter-node assumes https when ORIGIN is unset, which would fail the CSRF check of forms on http://localhost.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// adapter-node refuses bodies over 512 KB by default; uploads (documents, the municipality directory) need up to
// UPLOAD_MAX_MB (20 by default) plus room for the other form fields. A bad UPLOAD_MAX_MB is reported by the config.
const uploadMb = Number(process.env.UPLOAD_MAX_MB ?? 20);
process.env.BODY_SIZE_LIMIT ??= `${Number.isInteger(uploadMb) && uploadMb > 0 ? uploadMb + 1 : 21}M`;
process.chdir(root);
await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
