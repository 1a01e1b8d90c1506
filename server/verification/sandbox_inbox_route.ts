/**
 * `GET /sandbox/inbox`: the sandbox SMS inbox as a page that refreshes itself, for testers walking the flows
 * (`?format=json` for scripts). Registered only in sandbox mode; without it the path is a plain 404.
 * `?phone=0001` keeps the messages to phones ending in those digits.
 */
import type { RouteHandler } from '../http/http_routes.ts';
import type { InboxMessage, SandboxInbox } from './sandbox_sms_gateway.ts';

export const SANDBOX_INBOX_PATH = '/sandbox/inbox';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(messages: InboxMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(new Date(m.at).toISOString().slice(11, 19))}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.text)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
<meta name="robots" content="noindex"><title>沙盒短信收件箱 · Sandbox SMS inbox</title>
<style>body{font:15px system-ui,sans-serif;margin:2rem;color:#1d2733}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #dde3ea;padding:.5rem;text-align:left}.note{color:#8a5a00}</style></head>
<body><h1>沙盒短信收件箱 · Sandbox SMS inbox</h1>
<p class="note">仅沙盒模式可见：这里显示发往沙盒客户手机的验证码。Sandbox mode only: one-time codes sent to sandbox customers.</p>
<table><thead><tr><th>时间 Time (UTC)</th><th>手机 Phone</th><th>短信 Message</th></tr></thead>
<tbody>${rows || '<tr><td colspan="3">暂无短信 · No messages yet</td></tr>'}</tbody></table></body></html>`;
}

export function sandboxInboxRoute(inbox: SandboxInbox): RouteHandler {
  return async (req, res, url) => {
    if (url.pathname !== SANDBOX_INBOX_PATH || req.method !== 'GET') return false;
    const tail = url.searchParams.get('phone')?.replace(/\D/g, '').slice(-4);
    const messages = (await inbox.list(50)).filter((m) => !tail || m.to.endsWith(tail));
    const json = url.searchParams.get('format') === 'json';
    res.writeHead(200, {
      'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    });
    res.end(json ? JSON.stringify({ messages }) : page(messages));
    return true;
  };
}
