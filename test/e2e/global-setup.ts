import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { EXTENSION_DIR, PAGES_OUT, PAGES_SRC } from './paths';

/** Bundles the imitation chatbot pages from the real editor packages; checks the build is there. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No test build in ${EXTENSION_DIR}. Run \`npm run build:test\` (npm test does it for you).`);
  }
  await build({
    entryPoints: [`${PAGES_SRC}/*.ts`],
    outdir: PAGES_OUT,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    // React and Lexical pick their production build from NODE_ENV, as the real sites ship them.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
