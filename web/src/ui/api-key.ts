/**
 * The API key that corrections and review decisions need, typed once per browser tab: kept in sessionStorage, so it
 * goes when the tab closes and is never written into the page's address or local storage.
 */
import { h } from './dom.js';

const STORAGE_KEY = 'officials-graph.api-key';

export class ApiKeyField {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;

  constructor() {
    this.input = h('input', {
      type: 'password',
      id: 'api-key',
      class: 'api-key-input',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'needed to correct',
    });
    this.input.value = readStored();
    this.input.addEventListener('change', () => store(this.input.value.trim()));
    this.element = h('div', { class: 'api-key' }, h('label', { for: 'api-key' }, 'API key'), this.input);
  }

  /** The key typed, or null when there is none yet. */
  value(): string | null {
    const key = this.input.value.trim();
    store(key);
    return key === '' ? null : key;
  }

  focus(): void {
    this.input.focus();
  }
}

function readStored(): string {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    // Storage refused (a privacy setting): the key then lasts as long as the page.
    return '';
  }
}

function store(key: string): void {
  try {
    if (key === '') window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // As above: nothing to keep it in, and the field still holds it.
  }
}
