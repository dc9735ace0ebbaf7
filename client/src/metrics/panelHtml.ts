/**
 * The audio metrics panel's HTML: a fixed page that loads the bundled script and stylesheet under a strict
 * Content-Security-Policy. No document data, path or setting is ever put into it; the webview gets those
 * by message and renders them with `textContent` and canvas.
 */
import { randomBytes } from 'node:crypto';

export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** `asWebviewUri` of dist/webview/main.js and main.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** A fresh value from {@link newNonce} for every render. */
  readonly nonce: string;
}

/** 128 random bits from the operating system's CSPRNG, base64: a script nonce nobody can guess. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy of the panel. */
export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function buildPanelHtml(input: PanelHtmlInput): string {
  const csp = attribute(panelCsp(input.cspSource, input.nonce));
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(input.styleUri)}">
</head>
<body>
<div id="app"></div>
<script nonce="${attribute(input.nonce)}" src="${attribute(input.scriptUri)}"></script>
</body>
</html>
`;
}

/** Escapes text for a double-quoted HTML attribute (the inputs are ours, but cheap insurance). */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
