/**
 * `GET /queue/<id>`: the page a queue ticket's QR code opens on the customer's phone (number, service,
 * people ahead now, or that it was called). Refreshes itself. Unknown or expired tickets are a 404.
 */
import type { RouteHandler } from '../http/http_routes.ts';
import { QUEUE_SERVICES, type BranchServices } from '../banking/branch_services.ts';

export function queueTicketRoute(branches: BranchServices): RouteHandler {
  return async (req, res, url) => {
    const m = /^\/queue\/([a-f0-9]{16})$/.exec(url.pathname);
    if (!m || req.method !== 'GET') return false;
    const status = await branches.ticketStatus(m[1]!);
    if (!status) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('排队号不存在或已过期 / Ticket not found or expired');
      return true;
    }
    const { ticket, ahead } = status;
    const branch = branches.branches.find((b) => b.id === ticket.branchId);
    const service = QUEUE_SERVICES[ticket.service].name;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="30">
<title>排队号 ${ticket.number}</title>
<style>body{font:18px system-ui,sans-serif;text-align:center;margin:2rem;color:#1d2733}
.n{font-size:4rem;font-weight:700;margin:1rem 0}</style></head><body>
<p>${branch?.name['zh-CN'] ?? ''} · ${branch?.name.en ?? ''}</p>
<div class="n">${ticket.number}</div>
<p>${service['zh-CN']} · ${service.en}</p>
<p>${
      status.called
        ? '已叫号，请到柜台办理 · Your number has been called'
        : `前面等候 ${ahead} 人 · ${ahead} ahead of you`
    }</p></body></html>`);
    return true;
  };
}
