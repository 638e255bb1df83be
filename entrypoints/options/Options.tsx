import { browser } from 'wxt/browser';

export function Options() {
  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">{browser.i18n.getMessage('optionsTitle')}</h1>
      <p>{browser.i18n.getMessage('privacyPromise')}</p>
    </main>
  );
}
