import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp } from '@/components/library/LibraryApp';
import { pickUiLang } from '@/utils/i18n';
import '@/components/popup.css';
import '@/components/library/library.css';

const lang = pickUiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<LibraryApp lang={lang} location={window.location} />, document.getElementById('app')!);
