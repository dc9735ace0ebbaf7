/**
 * Builds DOM from text, never from markup: every string goes through `textContent` or an attribute set
 * with `setAttribute` (no `innerHTML`, no `style` attribute: inline styles would break the CSP).
 */
export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  /** Tooltip text (`title`). */
  readonly title?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (/^on/i.test(name) || name.toLowerCase() === 'style') continue;
    element.setAttribute(name, value);
  }
  for (const child of children) element.append(child);
  return element;
}

/** A custom element (the vscode-elements controls) with text children only. */
export function custom(
  tag: string,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElement {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (/^on/i.test(name) || name.toLowerCase() === 'style') continue;
    element.setAttribute(name, value);
  }
  for (const child of children) element.append(child);
  return element;
}
