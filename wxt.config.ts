import { defineConfig } from 'wxt';
// Loading the built-in pack parses it: a pack the schema refuses fails the build (builtin-as-built.ts).
import './src/pack/builtin';
import { localeTables } from './src/i18n/locale-tables';
import { CHATBOT_HOST_PERMISSIONS, TEST_HOST_PATTERNS } from './src/sites/hosts';
import { buildTrust } from './src/pack/trust-files';

// Test builds (`wxt build --mode test`) also guard 127.0.0.1 and localhost so end-to-end tests
// can serve packs and pages locally. The shipped manifest never contains them (DESIGN: Permissions).
// Rule-pack trust (public keys, update URL) is pinned from src/pack/trust/*.json; test builds also
// trust the TEST key (src/pack/trust/test.json). See README, "Rule packs for the security team".
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // alarms: the periodic pack check; scripting: guarding a chatbot host a pack adds, once the
    // user has granted it from the optional host permissions below; activeTab: when the popup
    // opens, it may see the tab's address to say why it is not protected.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    host_permissions: [
      ...CHATBOT_HOST_PERMISSIONS,
      ...packUpdateOrigin(mode),
      ...(mode === 'test' ? TEST_HOST_PATTERNS : []),
    ],
    // A chatbot a rule pack adds later is granted by the user, once, from these (MV2 has no
    // optional_host_permissions: Firefox's MV2 build lists the pattern under optional_permissions).
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'plakwacht@politie-plakwacht.nl',
              // data_collection_permissions needs Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: (env) => ({
    plugins: [localeTables()],
    define: { __PLAKWACHT_TRUST__: JSON.stringify(buildTrust(env.mode)) },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_HOST_PATTERNS];
      }
    },
  },
});

/** The default update URL's origin: the background fetches the pack from there without CORS. */
function packUpdateOrigin(mode: string): string[] {
  const url = buildTrust(mode).updateUrl;
  return url ? [`${new URL(url).origin}/*`] : [];
}
