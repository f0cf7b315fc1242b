import { parseArgs } from 'node:util';
import { PACK_USAGE } from './pack-usage';
import { CommandError, checkedPack, describePack, loadPackFile } from './pack-files';
import { keygenCommand } from './pack-keys';
import { signCommand, verifyCommand } from './pack-sign';
import { testCommand } from './pack-test';

export async function packCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'keygen': {
        const { values } = parseArgs({
          args: rest,
          options: {
            out: { type: 'string', default: '.' },
            name: { type: 'string', default: 'plakwacht-pack-key' },
            label: { type: 'string', default: `Informatiebeveiliging, ${new Date().getFullYear()}` },
            pin: { type: 'string' },
          },
        });
        return await keygenCommand({ out: values.out, name: values.name, label: values.label, pin: values.pin });
      }
      case 'validate': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
        const file = exactlyOne(positionals, 'validate takes one FILE');
        const loaded = await loadPackFile(file);
        const { pack, ms } = checkedPack(file, loaded.json);
        const patterns = (pack.extraRules ?? []).filter((r) => r.kind === 'pattern').length;
        console.log(`ok       ${describePack(pack)}`);
        console.log(`         ${patterns} pattern${patterns === 1 ? '' : 's'} proven safe by recheck (checks took ${Math.round(ms)} ms)`);
        if (loaded.signed) console.log('         (payload of a signed file; `pack verify` checks the signature)');
        return 0;
      }
      case 'sign': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { key: { type: 'string' }, out: { type: 'string' }, keys: { type: 'string', multiple: true } },
        });
        const file = exactlyOne(positionals, 'sign takes one FILE');
        if (!values.key) throw new CommandError('sign needs --key KEY.pem (the private key from `plakwacht pack keygen`)', 2);
        return await signCommand({ file, key: values.key, out: values.out, keys: values.keys ?? [] });
      }
      case 'verify': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { keys: { type: 'string', multiple: true }, 'newer-than': { type: 'string', default: '0' } },
        });
        const file = exactlyOne(positionals, 'verify takes one FILE');
        const newerThan = Number(values['newer-than']);
        if (!Number.isInteger(newerThan) || newerThan < 0) throw new CommandError('--newer-than takes a version number', 2);
        return await verifyCommand({ file, keys: values.keys ?? [], newerThan });
      }
      case 'test': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { 'min-precision': { type: 'string' }, 'min-recall': { type: 'string' } },
        });
        if (positionals.length !== 2) throw new CommandError('test takes a pack FILE and a CORPUS.jsonl', 2);
        return await testCommand({
          file: positionals[0]!,
          corpus: positionals[1]!,
          minPrecision: fraction(values['min-precision'], '--min-precision'),
          minRecall: fraction(values['min-recall'], '--min-recall'),
        });
      }
      default:
        throw new CommandError(`${sub ? `unknown pack command "${sub}"` : 'pack needs a command: keygen, validate, test, sign or verify'}\n\n${PACK_USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(`plakwacht: ${error.message}`);
      return error.exitCode;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`plakwacht: ${(error as Error).message}\n\n${PACK_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function exactlyOne(positionals: string[], message: string): string {
  if (positionals.length !== 1) throw new CommandError(message, 2);
  return positionals[0]!;
}

function fraction(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new CommandError(`${name} takes a fraction between 0 and 1, e.g. 0.9`, 2);
  return n;
}
