/**
 * Whether Markdown is inert: outside code spans and backslash escapes, no link or image target, no HTML
 * tag, no entity and no command URI. Trusted text from Callsight's own tables may use Markdown too, so
 * this looks for the constructs an attacker needs rather than for every special character.
 */
export function liveMarkup(md: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < md.length) {
    const c = md[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (md[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let close = md.indexOf(fence, i + n);
      // A closing run must be exactly as long as the opening one.
      while (close >= 0 && md[close + n] === '`') {
        let k = close;
        while (md[k] === '`') k++;
        close = md.indexOf(fence, k);
      }
      i = close >= 0 ? close + n : i + n;
      continue;
    }
    const around = JSON.stringify(md.slice(Math.max(0, i - 30), i + 40));
    if (c === '<' && /[A-Za-z/!?]/.test(md[i + 1] ?? '')) found.push(`HTML tag at ${around}`);
    if (c === ']' && md[i + 1] === '(' && !/^\]\(https:\/\/[^)\s]+\)/.test(md.slice(i, i + 300)))
      found.push(`link to a non-https target at ${around}`);
    if (c === '&' && /^&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(md.slice(i, i + 12)))
      found.push(`entity at ${around}`);
    if (md.startsWith('command:', i)) found.push(`command URI at ${around}`);
    if (md.startsWith('evil.invalid', i)) found.push(`attacker URL outside code at ${around}`);
    i++;
  }
  return found;
}

/** Strings an attacker would put in a log or a trace. */
export const PAYLOADS = [
  '[x](command:workbench.action.quit)',
  '![i](https://evil.invalid/a.png)',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '<https://evil.invalid/>',
  '&lt;b&gt;&#60;',
  '`` ` ``[y](command:workbench.action.files.delete)',
  '[ref]: command:workbench.action.quit',
] as const;
