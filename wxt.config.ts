import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports (from '#imports' or 'wxt/...') keep utils/ runnable by the CLI and tests.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Trích Báo',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['downloads'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'trich-bao@trichbao.dev',
              strict_min_version: '128.0',
              // Nothing leaves the browser: the add-on collects no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
