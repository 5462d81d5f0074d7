// Code passed to page/worker.evaluate() runs in the extension, where `chrome` is the API.
declare const chrome: typeof import('wxt/browser')['browser'];
