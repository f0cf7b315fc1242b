import { defineConfig } from 'wxt';
import { CHATBOT_HOST_PERMISSIONS, TEST_HOST_PATTERNS } from './src/sites/hosts';

// Test builds (`wxt build --mode test`) also guard 127.0.0.1 and localhost so end-to-end tests
// can serve packs and pages locally. The shipped manifest never contains them (DESIGN: Permissions).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [...CHATBOT_HOST_PERMISSIONS, ...(mode === 'test' ? TEST_HOST_PATTERNS : [])],
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
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_HOST_PATTERNS];
      }
    },
  },
});
