// The language in force (the options' choice, else the browser's), like the rest of the dialog;
// from the tables the content script carries anyway, not browser.i18n (which only speaks the
// browser's language, and whose first calls cost milliseconds on the paste path).
import { i18n } from '../i18n';
import type { Source } from './gate';

/** Dialog wording that depends on how the text came in. */
export interface GuardStrings {
  /** "Plakwacht found in the text you wanted to paste / send / upload:" */
  found: Record<Source, string>;
  /** The same, for a paste that holds files (an image is no text). */
  foundFiles: string;
  /** The proceed button: "Toch plakken", "Toch versturen", … */
  proceed: Record<Source, string>;
  /** Labels for files Plakwacht cannot read. */
  file: { image: string; document: string; unreadable: string };
}

export function guardStrings(): GuardStrings {
  return {
    found: {
      paste: i18n.t('dialog.found'),
      drop: i18n.t('guard.found.drop'),
      submit: i18n.t('guard.found.submit'),
      upload: i18n.t('guard.found.upload'),
    },
    foundFiles: i18n.t('guard.found.files'),
    proceed: {
      paste: i18n.t('dialog.proceed'),
      drop: i18n.t('guard.proceed.drop'),
      submit: i18n.t('guard.proceed.submit'),
      upload: i18n.t('guard.proceed.upload'),
    },
    file: {
      image: i18n.t('guard.file.image'),
      document: i18n.t('guard.file.document'),
      unreadable: i18n.t('guard.file.unreadable'),
    },
  };
}
