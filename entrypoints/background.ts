import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The background service worker holds no typed text. Later features (settings, drafts,
  // reminders) register their listeners here.
});
