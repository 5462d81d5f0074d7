import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired in later.
});
