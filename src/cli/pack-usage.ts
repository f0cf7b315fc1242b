// Apart from pack.ts so `plakwacht help` and `scan` do not load the pack tools (recheck is 2.9 MB).
export const PACK_USAGE = `  plakwacht pack keygen [--out DIR] [--name NAME] [--label TEXT] [--pin TRUST.json]
                               a new Ed25519 key pair for signing packs (NAME.private.pem, NAME.public.json)
  plakwacht pack validate FILE check a pack as an install will: schema, ids, cited rules, ReDoS-safe patterns
  plakwacht pack test FILE CORPUS.jsonl [--min-precision 0.9] [--min-recall 0.9]
                               precision/recall per detector on a labelled corpus (../shared/eval format)
  plakwacht pack sign FILE --key KEY.pem [--out OUT] [--keys TRUST.json]
                               validate, then sign the exact bytes (default OUT: FILE.signed.json)
  plakwacht pack verify FILE [--keys TRUST.json]... [--newer-than N]
                               what an install will do with a signed file (default keys: src/pack/trust/production.json)

Exit codes for pack: 0 ok, 1 the pack is refused or below the bar, 2 bad usage or unreadable file.`;
