import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The extension as built by `wxt build --mode test`: the shipped build plus 127.0.0.1/localhost. */
export const EXTENSION_DIR = here('../../.output/chrome-mv3-test');
export const PAGES_SRC = here('./pages');
export const PAGES_OUT = here('./.pages');
export const SCREENSHOTS = here('./screenshots');
