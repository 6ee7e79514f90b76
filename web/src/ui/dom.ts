/** A small element builder: the explorer is plain DOM, without a framework. */

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined | ((event: Event) => void);

/** Creates `<tag>` with attributes (`on…` keys become listeners) and children (falsy children are skipped). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren(
    ...children
      .flat()
      .filter((child): child is Node | string => child !== null && child !== undefined && child !== false)
      .map((child) => (typeof child === 'number' ? String(child) : child)),
  );
}

/** A status line for loading, empty and error states; `role` makes screen readers announce it. */
export function status(kind: 'loading' | 'empty' | 'error', text: string): HTMLElement {
  return h(
    'p',
    { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    text,
  );
}

/** The message of anything thrown, for display. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "2018-09-19", "September 2018" or "2018", as precise as what is known. */
export function formatDate(date: { date: string; precision: 'DAY' | 'MONTH' | 'YEAR' } | null | undefined): string {
  if (!date) return 'undated';
  if (date.precision === 'YEAR') return date.date.slice(0, 4);
  if (date.precision === 'MONTH') {
    const month = new Date(`${date.date}T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `${month} ${date.date.slice(0, 4)}`;
  }
  return date.date;
}
