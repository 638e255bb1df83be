/**
 * The built-in list of messaging and comment sites Soft Start coaches on by default.
 * Pure data: used by wxt.config.ts (manifest host permissions and content-script matches)
 * and by the settings/UI code. Anything not listed is optional and asked for per origin.
 */
export interface BuiltInSite {
  /** Stable id, used in settings. */
  id: string;
  /** Name shown to people. */
  name: string;
  /** Chrome match patterns (https only). */
  matches: string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  { id: 'whatsapp', name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
  { id: 'messenger', name: 'Messenger', matches: ['https://www.messenger.com/*'] },
  { id: 'facebook', name: 'Facebook', matches: ['https://www.facebook.com/*', 'https://m.facebook.com/*'] },
  { id: 'instagram', name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'x', name: 'X (Twitter)', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { id: 'reddit', name: 'Reddit', matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'] },
  { id: 'discord', name: 'Discord', matches: ['https://discord.com/*'] },
  { id: 'slack', name: 'Slack', matches: ['https://app.slack.com/*'] },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    name: 'Outlook',
    matches: [
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ],
  },
  { id: 'youtube', name: 'YouTube', matches: ['https://www.youtube.com/*'] },
  { id: 'telegram', name: 'Telegram Web', matches: ['https://web.telegram.org/*'] },
  { id: 'google-messages', name: 'Google Messages', matches: ['https://messages.google.com/*'] },
  { id: 'google-chat', name: 'Google Chat', matches: ['https://chat.google.com/*'] },
  { id: 'github', name: 'GitHub', matches: ['https://github.com/*'] },
  { id: 'hacker-news', name: 'Hacker News', matches: ['https://news.ycombinator.com/*'] },
  { id: 'threads', name: 'Threads', matches: ['https://www.threads.com/*', 'https://www.threads.net/*'] },
  { id: 'bluesky', name: 'Bluesky', matches: ['https://bsky.app/*'] },
  { id: 'mastodon', name: 'Mastodon (mastodon.social)', matches: ['https://mastodon.social/*'] },
  { id: 'tiktok', name: 'TikTok', matches: ['https://www.tiktok.com/*'] },
  { id: 'quora', name: 'Quora', matches: ['https://www.quora.com/*'] },
  { id: 'medium', name: 'Medium', matches: ['https://medium.com/*'] },
];

/** Every match pattern of the built-in list, flattened. */
export const BUILT_IN_MATCHES: readonly string[] = BUILT_IN_SITES.flatMap((s) => s.matches);

/** Loopback patterns the e2e build adds (never the production build). */
export const E2E_MATCHES: readonly string[] = ['http://127.0.0.1/*'];

/**
 * In the e2e build only, the loopback test server (the playground) behaves like one more built-in
 * site, so tests can switch it off in the popup like any other. Never part of the production list.
 */
export const E2E_SITE: BuiltInSite = {
  id: 'playground',
  name: 'Soft Start playground (test build)',
  matches: [...E2E_MATCHES],
};

/** The built-in sites of a build: the production list, plus the playground in the e2e build. */
export function builtInSitesFor(mode: string | undefined): readonly BuiltInSite[] {
  return mode === 'e2e' ? [...BUILT_IN_SITES, E2E_SITE] : BUILT_IN_SITES;
}
