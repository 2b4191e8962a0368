import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { locale, setLocale } from '$lib/i18n';

setLocale(locale());

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');

export default mount(App, { target });
