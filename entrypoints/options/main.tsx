import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { pickUiLang } from '@/utils/i18n';
import '@/components/popup.css';

const lang = pickUiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<OptionsApp lang={lang} storage={localStorage} />, document.getElementById('app')!);
