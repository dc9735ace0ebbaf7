/** The one tooltip of the panel: a time and a few lines of text, placed near the mouse. */
import { el } from '../ui/dom';

export class Tooltip {
  private readonly element = el('div', { className: 'tooltip', attributes: { role: 'tooltip' } });

  constructor(parent: HTMLElement) {
    this.element.hidden = true;
    parent.append(this.element);
  }

  show(title: string, lines: readonly string[], clientX: number, clientY: number): void {
    const children: Node[] = [el('div', { className: 'tooltip-time', text: title })];
    for (const line of lines) children.push(el('div', { text: line }));
    this.element.replaceChildren(...children);
    this.element.hidden = false;
    // Keep it inside the window: flip to the left of the mouse near the right edge.
    const { width, height } = this.element.getBoundingClientRect();
    const x = clientX + 14 + width > window.innerWidth ? clientX - 14 - width : clientX + 14;
    const y = Math.min(Math.max(4, clientY + 14), window.innerHeight - height - 4);
    this.element.style.left = `${Math.max(4, x)}px`;
    this.element.style.top = `${y}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
