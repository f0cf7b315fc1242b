import { parseArgs } from 'node:util';
import { demoCommand } from './demo';
import { PACK_USAGE } from './pack-usage';
import { scanCommand } from './scan';

const USAGE = `plakwacht — Plakwacht's detector engine on the command line

  plakwacht scan [FILE]        report what one text (FILE, or stdin) would trigger
  plakwacht scan --jsonl       read {"id","text"} JSON lines on stdin, write one verdict line each
         --lang nl|en          language of the report (default nl)
  plakwacht demo               open Chromium with the built extension on the offline oefenchat
         --extension DIR       the built extension (default .output/chrome-mv3)
         --headless --screenshot FILE   no window: save a screenshot and quit
  plakwacht help               this text

Rule packs (the security team's tools):
\${PACK_USAGE}

Exit codes for scan: 0 allowed, 1 warn or block, 2 bad usage or unreadable input.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { jsonl: { type: 'boolean' }, lang: { type: 'string', default: 'nl' } },
        });
        if (positionals.length > 1) return usage('scan takes at most one FILE');
        const lang = values.lang === 'en' ? 'en' : values.lang === 'nl' ? 'nl' : undefined;
        if (!lang) return usage(`unknown language "${values.lang}" (use nl or en)`);
        return await scanCommand({ file: positionals[0], jsonl: values.jsonl ?? false, lang });
      }
      case 'pack':
        // Loaded on demand: the ReDoS checker would slow every `scan` down.
        return await (await import('./pack')).packCommand(rest);
      case 'demo': {
        const { values } = parseArgs({
          args: rest,
          options: {
            extension: { type: 'string', default: '.output/chrome-mv3' },
            headless: { type: 'boolean', default: false },
            screenshot: { type: 'string' },
          },
        });
        return await demoCommand({ extension: values.extension, headless: values.headless, screenshot: values.screenshot });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usage(`unknown command "${command}"`);
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return usage((error as Error).message);
    throw error;
  }
}

function usage(problem: string): number {
  console.error(`plakwacht: ${problem}\n\n${USAGE}`);
  return 2;
}
