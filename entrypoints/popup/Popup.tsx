import { browser } from 'wxt/browser';

export function Popup() {
  return (
    <main aria-labelledby="popup-title">
      <h1 id="popup-title">{browser.i18n.getMessage('extName')}</h1>
      <p>{browser.i18n.getMessage('popupIntro')}</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {browser.i18n.getMessage('openOptions')}
      </button>
    </main>
  );
}
