import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Sites a user may grant for automatic highlighting; nothing is granted at install. */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports (from '#imports' or 'wxt/...') keep utils/ runnable by the CLI and tests.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Trích Báo',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // activeTab + scripting: the popup works on any page the user clicks the button on.
    // downloads: exports. No host access at install (see optional_host_permissions).
    // storage: the highlight on/off switches, read by content scripts.
    // contextMenus: the "Highlight & clip" item on selected text (it grants activeTab too).
    permissions: ['activeTab', 'scripting', 'downloads', 'storage', 'contextMenus'],
    optional_host_permissions: OPTIONAL_HOSTS,
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Highlight tiếp theo / Next highlight',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Highlight trước / Previous highlight',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Đánh dấu & lưu bài / Highlight & clip',
      },
    },
    // The end-to-end build alone is granted the test server, so automatic highlighting is tested.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'trich-bao@trichbao.dev',
              // 140: CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: the add-on collects no data.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // WXT turns a runtime content script's `matches` into host_permissions; we register it
      // ourselves for granted sites only, so those permissions stay optional.
      const keep = wxt.config.mode === 'e2e' ? ['http://127.0.0.1/*'] : [];
      manifest.host_permissions = (manifest.host_permissions ?? []).filter((h: string) => keep.includes(h));
      if (manifest.host_permissions.length === 0) delete manifest.host_permissions;
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
});
