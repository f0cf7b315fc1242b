import type { Lang } from '../../detectors';
import en from '../../locales/en.yml';
import nl from '../../locales/nl.yml';

/** Both languages' messages, so any surface can speak the language the user chose. */
export const TABLES: Record<Lang, Record<string, string>> = { nl, en };
