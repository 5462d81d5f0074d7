import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { pickUiLang } from '@/utils/i18n';
import '@/components/popup.css';

const lang = pickUiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<PopupApp lang={lang} search={location.search} />, document.getElementById('app')!);
