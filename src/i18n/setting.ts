import { storage } from 'wxt/utils/storage';
import { LANGUAGE_KEY, type LanguageSetting } from './language';

// `local:`, not `sync:`: synced storage travels through the browser vendor's servers, and
// Plakwacht keeps everything on this computer. Apart from language.ts, which chatbot pages load
// and which reads the same key without WXT storage (see LANGUAGE_KEY).
export const languageItem = storage.defineItem<LanguageSetting>(`local:${LANGUAGE_KEY}`, { fallback: 'browser' });
