/** Entry of the audio metrics webview bundle (dist/webview/main.js + main.css). */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { App } from './app';
import type { ToWebviewMessage } from './messages';
import { post } from './vscodeApi';

const root = document.getElementById('app') ?? document.body;
const app = new App(root);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (
    typeof message !== 'object' ||
    message === null ||
    typeof (message as { type?: unknown }).type !== 'string'
  )
    return;
  app.handle(message as ToWebviewMessage);
});

window.addEventListener('error', (event) => post({ type: 'error', message: String(event.message) }));
window.addEventListener('unhandledrejection', (event) =>
  post({
    type: 'error',
    message: String(event.reason instanceof Error ? event.reason.message : event.reason),
  }),
);

post({ type: 'ready' });
